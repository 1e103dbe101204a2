using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shContentSchedule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shContentSchedule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shContentType",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shContentType", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "shContentVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Cultures = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shContentVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shDataType",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    EditorAlias = table.Column<string>(type: "TEXT", nullable: false),
                    EditorUiAlias = table.Column<string>(type: "TEXT", nullable: true),
                    ConfigurationJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shDataType", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "shLanguage",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsoCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMandatory = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shLanguage", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "shNode",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectType = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentTypeAlias = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Trashed = table.Column<bool>(type: "INTEGER", nullable: false),
                    OriginalParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DraftJson = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedJson = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedCulturesJson = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shNode", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shRedirectUrl",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false)
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
