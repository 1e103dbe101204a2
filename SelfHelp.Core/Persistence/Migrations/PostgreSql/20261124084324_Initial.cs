using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NodeId = table.Column<int>(type: "integer", nullable: true),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shContentSchedule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NodeId = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shContentSchedule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shContentType",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Alias = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DefinitionJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shContentType", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "shContentVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NodeId = table.Column<int>(type: "integer", nullable: false),
                    VersionDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Cultures = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DataJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shContentVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shDataType",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    EditorAlias = table.Column<string>(type: "text", nullable: false),
                    EditorUiAlias = table.Column<string>(type: "text", nullable: true),
                    ConfigurationJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shDataType", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "shLanguage",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    IsoCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    IsMandatory = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shLanguage", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "shNode",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectType = table.Column<int>(type: "integer", nullable: false),
                    ContentTypeAlias = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Trashed = table.Column<bool>(type: "boolean", nullable: false),
                    OriginalParentId = table.Column<int>(type: "integer", nullable: true),
                    CreateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DraftJson = table.Column<string>(type: "text", nullable: false),
                    PublishedJson = table.Column<string>(type: "text", nullable: true),
                    PublishedCulturesJson = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyStamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shNode", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shRedirectUrl",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shRedirectUrl", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shAudit_Date",
                table: "shAudit",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_shAudit_NodeId",
                table: "shAudit",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_shContentSchedule_Date",
                table: "shContentSchedule",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_shContentType_Alias",
                table: "shContentType",
                column: "Alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shContentVersion_NodeId",
                table: "shContentVersion",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_shDataType_Name",
                table: "shDataType",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_shLanguage_IsoCode",
                table: "shLanguage",
                column: "IsoCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shNode_Key",
                table: "shNode",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shNode_ObjectType_Trashed",
                table: "shNode",
                columns: new[] { "ObjectType", "Trashed" });

            migrationBuilder.CreateIndex(
                name: "IX_shNode_ParentId",
                table: "shNode",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_shNode_Path",
                table: "shNode",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_shRedirectUrl_ContentKey",
                table: "shRedirectUrl",
                column: "ContentKey");

            migrationBuilder.CreateIndex(
                name: "IX_shRedirectUrl_Url_Culture",
                table: "shRedirectUrl",
                columns: new[] { "Url", "Culture" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shAudit");

            migrationBuilder.DropTable(
                name: "shContentSchedule");

            migrationBuilder.DropTable(
                name: "shContentType");

            migrationBuilder.DropTable(
                name: "shContentVersion");

            migrationBuilder.DropTable(
                name: "shDataType");

            migrationBuilder.DropTable(
                name: "shLanguage");

            migrationBuilder.DropTable(
                name: "shNode");

            migrationBuilder.DropTable(
                name: "shRedirectUrl");
        }
    }
}
