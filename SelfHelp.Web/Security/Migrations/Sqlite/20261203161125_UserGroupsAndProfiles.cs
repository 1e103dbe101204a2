using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfHelp.Web.Security.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UserGroupsAndProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shStaffUserGroup",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Icon = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SectionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    FallbackPermissionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    DocumentPermissionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    LanguagesJson = table.Column<string>(type: "TEXT", nullable: true),
                    DocumentStartNodeKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    MediaStartNodeKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    HasAccessToSensitiveData = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shStaffUserGroup", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "shStaffUserProfile",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LanguageIsoCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DocumentStartNodeKeysJson = table.Column<string>(type: "TEXT", nullable: false),
                    MediaStartNodeKeysJson = table.Column<string>(type: "TEXT", nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shStaffUserProfile", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_shStaffUserProfile_shStaffUser_UserId",
                        column: x => x.UserId,
                        principalTable: "shStaffUser",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shStaffUserGroup_Alias",
                table: "shStaffUserGroup",
                column: "Alias",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shStaffUserGroup");

            migrationBuilder.DropTable(
                name: "shStaffUserProfile");
        }
    }
}
