using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Dictionary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shDictionary",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ParentKey = table.Column<Guid>(type: "uuid", nullable: true),
                    TranslationsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shDictionary", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shDictionary_ItemKey",
                table: "shDictionary",
                column: "ItemKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shDictionary_ParentKey",
                table: "shDictionary",
                column: "ParentKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shDictionary");
        }
    }
}
