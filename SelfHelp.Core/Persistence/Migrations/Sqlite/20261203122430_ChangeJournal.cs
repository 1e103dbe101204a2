using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shCacheInstruction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UtcStamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Ids = table.Column<string>(type: "TEXT", nullable: false),
                    Keys = table.Column<string>(type: "TEXT", nullable: false),
                    Subtree = table.Column<bool>(type: "INTEGER", nullable: false),
                    DraftOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefreshAll = table.Column<bool>(type: "INTEGER", nullable: false),
                    Originated = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shCacheInstruction", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shCacheInstruction_UtcStamp",
                table: "shCacheInstruction",
                column: "UtcStamp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shCacheInstruction");
        }
    }
}
