using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfHelp.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Forms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shForm",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shForm", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "shFormEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StateChangedBy = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    StateChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shFormEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shFormEntryAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shFormEntryAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shFormEntryFile",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldAlias = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StoragePath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shFormEntryFile", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shFormWorkflowAttempt",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shFormWorkflowAttempt", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shFormWorkflowJob",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkflowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkflowName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    WorkflowTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shFormWorkflowJob", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shRelayedMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", nullable: false),
                    SenderEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shRelayedMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shSupportRequest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupName = table.Column<string>(type: "TEXT", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Need = table.Column<string>(type: "TEXT", nullable: false),
                    District = table.Column<string>(type: "TEXT", nullable: true),
                    Urgency = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedVolunteersJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shSupportRequest", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shVolunteer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    DistrictsJson = table.Column<string>(type: "TEXT", nullable: false),
                    LanguagesJson = table.Column<string>(type: "TEXT", nullable: false),
                    SkillsJson = table.Column<string>(type: "TEXT", nullable: false),
                    AvailabilityJson = table.Column<string>(type: "TEXT", nullable: false),
                    SupportNeeds = table.Column<string>(type: "TEXT", nullable: true),
                    ConsentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursLogged = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shVolunteer", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shWorkshopRegistration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    GroupName = table.Column<string>(type: "TEXT", nullable: true),
                    Needs = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shWorkshopRegistration", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shWorkshopSeat",
                columns: table => new
                {
                    WorkshopKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Confirmed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shWorkshopSeat", x => x.WorkshopKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shForm_Name",
                table: "shForm",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shFormEntry_FormKey_CreatedUtc",
                table: "shFormEntry",
                columns: new[] { "FormKey", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_shFormEntry_State_UpdatedUtc",
                table: "shFormEntry",
                columns: new[] { "State", "UpdatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_shFormEntryAudit_EntryId",
                table: "shFormEntryAudit",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_shFormEntryFile_EntryId",
                table: "shFormEntryFile",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_shFormWorkflowAttempt_EntryId",
                table: "shFormWorkflowAttempt",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_shFormWorkflowAttempt_JobId",
                table: "shFormWorkflowAttempt",
                column: "JobId");

            migrationBuilder.CreateIndex(
                name: "IX_shFormWorkflowJob_EntryId",
                table: "shFormWorkflowJob",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_shFormWorkflowJob_Status_NextAttemptUtc",
                table: "shFormWorkflowJob",
                columns: new[] { "Status", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_shRelayedMessage_EntryId",
                table: "shRelayedMessage",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shRelayedMessage_SenderEmail",
                table: "shRelayedMessage",
                column: "SenderEmail");

            migrationBuilder.CreateIndex(
                name: "IX_shSupportRequest_Email",
                table: "shSupportRequest",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_shSupportRequest_EntryId",
                table: "shSupportRequest",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shVolunteer_Email",
                table: "shVolunteer",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_shVolunteer_EntryId",
                table: "shVolunteer",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shWorkshopRegistration_Email",
                table: "shWorkshopRegistration",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_shWorkshopRegistration_EntryId",
                table: "shWorkshopRegistration",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shWorkshopRegistration_WorkshopKey_Status",
                table: "shWorkshopRegistration",
                columns: new[] { "WorkshopKey", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shForm");

            migrationBuilder.DropTable(
                name: "shFormEntry");

            migrationBuilder.DropTable(
                name: "shFormEntryAudit");

            migrationBuilder.DropTable(
                name: "shFormEntryFile");

            migrationBuilder.DropTable(
                name: "shFormWorkflowAttempt");

            migrationBuilder.DropTable(
                name: "shFormWorkflowJob");

            migrationBuilder.DropTable(
                name: "shRelayedMessage");

            migrationBuilder.DropTable(
                name: "shSupportRequest");

            migrationBuilder.DropTable(
                name: "shVolunteer");

            migrationBuilder.DropTable(
                name: "shWorkshopRegistration");

            migrationBuilder.DropTable(
                name: "shWorkshopSeat");
        }
    }
}
