using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SelfHelp.Core.Forms.Email;

/// <summary>The SMTP server workflow emails go through (<c>SelfHelp:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "SelfHelp:Smtp";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;

    /// <summary>MailKit's choice: Auto uses STARTTLS when the server offers it; None for a developer's loopback server.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@localhost";
    public string FromName { get; set; } = "SelfHelp";
}

/// <summary>
/// An email to send: recipients, an optional reply-to, a subject and a plain-text body. With an
/// <see cref="IdempotencyKey"/> (letters, digits, dots) its Message-ID is <c>&lt;{key}@{sender's domain}&gt;</c>, the same
/// on every attempt, so a copy sent twice is recognisable as the same message.
/// </summary>
public sealed record EmailMessage(
    IReadOnlyList<string> To, string Subject, string Body, IReadOnlyList<string>? Cc = null, IReadOnlyList<string>? Bcc = null,
    string? ReplyTo = null, string? ReplyToName = null, string? From = null, string? IdempotencyKey = null);

/// <summary>Sends email; a failure throws, and the workflow that sent it is retried.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

internal sealed class MailKitEmailSender(IOptionsMonitor<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = options.CurrentValue;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(smtp.FromName, message.From ?? smtp.FromAddress));
        mime.To.AddRange(message.To.Select(MailboxAddress.Parse));
        mime.Cc.AddRange((message.Cc ?? []).Select(MailboxAddress.Parse));
        mime.Bcc.AddRange((message.Bcc ?? []).Select(MailboxAddress.Parse));
        if (message.ReplyTo is not null)
        {
            mime.ReplyTo.Add(new MailboxAddress(message.ReplyToName ?? "", message.ReplyTo));
        }
        if (message.IdempotencyKey is { } key)
        {
            mime.MessageId = $"{key}@{mime.From.Mailboxes.First().Domain}";
        }
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient();
        client.Timeout = 30_000;
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
