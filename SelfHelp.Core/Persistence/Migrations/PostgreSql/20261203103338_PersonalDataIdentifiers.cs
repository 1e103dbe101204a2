using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.PostgreSql
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "shPendingFileDeletion",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StoragePath = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shPendingFileDeletion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shPersonalIdentifier",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false)
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
