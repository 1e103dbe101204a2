using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalDataIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "shFormEntry",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "shPendingFileDeletion",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StoragePath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shPendingFileDeletion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shPersonalIdentifier",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shPersonalIdentifier", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shPersonalIdentifier_EntryId",
                table: "shPersonalIdentifier",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_shPersonalIdentifier_Kind_Value",
                table: "shPersonalIdentifier",
                columns: new[] { "Kind", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shPendingFileDeletion");

            migrationBuilder.DropTable(
                name: "shPersonalIdentifier");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "shFormEntry");
        }
    }
}
