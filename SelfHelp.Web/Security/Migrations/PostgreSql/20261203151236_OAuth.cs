using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfHelp.Web.Security.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OAuth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shOAuthApplication",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ApplicationType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClientSecret = table.Column<string>(type: "text", nullable: true),
                    ClientType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ConsentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DisplayName = table.Column<string>(type: "text", nullable: true),
                    DisplayNames = table.Column<string>(type: "text", nullable: true),
                    JsonWebKeySet = table.Column<string>(type: "text", nullable: true),
                    Permissions = table.Column<string>(type: "text", nullable: true),
                    PostLogoutRedirectUris = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    RedirectUris = table.Column<string>(type: "text", nullable: true),
                    Requirements = table.Column<string>(type: "text", nullable: true),
                    Settings = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shOAuthApplication", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shOAuthScope",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Descriptions = table.Column<string>(type: "text", nullable: true),
                    DisplayName = table.Column<string>(type: "text", nullable: true),
                    DisplayNames = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    Resources = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shOAuthScope", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shOAuthAuthorization",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    Scopes = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shOAuthAuthorization", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shOAuthAuthorization_shOAuthApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "shOAuthApplication",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "shOAuthToken",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<string>(type: "text", nullable: true),
                    AuthorizationId = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpirationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    RedemptionDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReferenceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shOAuthToken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shOAuthToken_shOAuthApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "shOAuthApplication",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_shOAuthToken_shOAuthAuthorization_AuthorizationId",
                        column: x => x.AuthorizationId,
                        principalTable: "shOAuthAuthorization",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_shOAuthApplication_ClientId",
                table: "shOAuthApplication",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shOAuthAuthorization_ApplicationId_Status_Subject_Type",
                table: "shOAuthAuthorization",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_shOAuthScope_Name",
                table: "shOAuthScope",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shOAuthToken_ApplicationId_Status_Subject_Type",
                table: "shOAuthToken",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_shOAuthToken_AuthorizationId",
                table: "shOAuthToken",
                column: "AuthorizationId");

            migrationBuilder.CreateIndex(
                name: "IX_shOAuthToken_ReferenceId",
                table: "shOAuthToken",
                column: "ReferenceId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shOAuthScope");

            migrationBuilder.DropTable(
                name: "shOAuthToken");

            migrationBuilder.DropTable(
                name: "shOAuthAuthorization");

            migrationBuilder.DropTable(
                name: "shOAuthApplication");
        }
    }
}
