using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UtcStamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Ids = table.Column<string>(type: "text", nullable: false),
                    Keys = table.Column<string>(type: "text", nullable: false),
                    Subtree = table.Column<bool>(type: "boolean", nullable: false),
                    DraftOnly = table.Column<bool>(type: "boolean", nullable: false),
                    RefreshAll = table.Column<bool>(type: "boolean", nullable: false),
                    Originated = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
