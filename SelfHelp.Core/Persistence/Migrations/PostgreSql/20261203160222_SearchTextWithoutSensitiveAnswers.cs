using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SearchTextWithoutSensitiveAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search text used to hold sensitive answers too; cleared, it is rebuilt without them by PersonalDataIndexStep at start-up.
            migrationBuilder.Sql("UPDATE \"shFormEntry\" SET \"SearchText\" = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the text without sensitive answers serves the older code as well.
        }
    }
}
