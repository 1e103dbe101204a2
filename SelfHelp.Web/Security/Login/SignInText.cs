using System.Globalization;

namespace SelfHelp.Web.Security.Login;

/// <summary>Every string of the sign-in pages, in English and in Traditional Chinese as written in Hong Kong.</summary>
public sealed record SignInText
{
    public required string Culture { get; init; }

    /// <summary>The page's <c>lang</c> attribute, as the site's pages write it.</summary>
    public required string HtmlLang { get; init; }
    public required string SwitchLabel { get; init; }
    public required string SwitchCulture { get; init; }
    public required string SiteName { get; init; }
    public required string SignInTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string SignIn { get; init; }
    public required string WrongCredentials { get; init; }
    public required string LockedOut { get; init; }
    public required string TooManyAttempts { get; init; }
    public required string MissingEmail { get; init; }
    public required string MissingPassword { get; init; }
    public required string FormExpired { get; init; }
    public required string ForgottenPassword { get; init; }
    public required string ForgottenTitle { get; init; }
    public required string ForgottenIntro { get; init; }
    public required string SendLink { get; init; }
    public required string LinkSent { get; init; }
    public required string ResetEmailSubject { get; init; }
    public required string ResetEmailBody { get; init; }
    public required string ResetTitle { get; init; }
    public required string NewPassword { get; init; }
    public required string SetPassword { get; init; }
    public required string ResetDone { get; init; }
    public required string ResetInvalid { get; init; }
    public required string PasswordRules { get; init; }
    public required string BackToSignIn { get; init; }
    public required string TwoFactorTitle { get; init; }
    public required string TwoFactorIntro { get; init; }
    public required string Code { get; init; }
    public required string Verify { get; init; }
    public required string WrongCode { get; init; }
    public required string SetupTitle { get; init; }
    public required string SetupIntro { get; init; }
    public required string SharedKey { get; init; }
    public required string QrCodeAlt { get; init; }
    public required string SetupDone { get; init; }
    public required string SignedOut { get; init; }

    public static SignInText English { get; } = new()
    {
        Culture = "en",
        HtmlLang = "en",
        SwitchLabel = "Language",
        SwitchCulture = "zh-HK",
        SiteName = "SelfHelp back office",
        SignInTitle = "Sign in",
        Email = "Email",
        Password = "Password",
        SignIn = "Sign in",
        WrongCredentials = "The email or password is wrong.",
        LockedOut = "This account is locked after too many failed attempts. Try again later or reset the password.",
        TooManyAttempts = "Too many sign-in attempts. Wait a minute, then try again.",
        MissingEmail = "Enter your email address.",
        MissingPassword = "Enter your password.",
        FormExpired = "This form has expired. Reload the page and try again.",
        ForgottenPassword = "Forgotten password?",
        ForgottenTitle = "Forgotten password",
        ForgottenIntro = "Enter your account's email address and we will send a link to set a new password.",
        SendLink = "Send link",
        LinkSent = "If an account has this email address, a link to set a new password is on its way. The link works for a limited time.",
        ResetEmailSubject = "Set a new password for the SelfHelp back office",
        ResetEmailBody = "Someone asked to set a new password for your SelfHelp back office account. If it was you, open this link within a day:\n\n{0}\n\nIf it was not you, ignore this email; your password stays as it is.",
        ResetTitle = "Set a new password",
        NewPassword = "New password",
        SetPassword = "Set password",
        ResetDone = "Your password has been changed. Sign in with the new one.",
        ResetInvalid = "This link is not valid or has expired. Ask for a new one.",
        PasswordRules = "At least 12 characters, with upper and lower case letters, a digit and a symbol.",
        BackToSignIn = "Back to sign in",
        TwoFactorTitle = "Two-step verification",
        TwoFactorIntro = "Enter the 6-digit code from your authenticator app.",
        Code = "Code",
        Verify = "Verify",
        WrongCode = "The code is wrong or has expired.",
        SetupTitle = "Set up an authenticator app",
        SetupIntro = "Scan the QR code with your authenticator app, or type in the key, then enter the code it shows.",
        SharedKey = "Key",
        QrCodeAlt = "QR code for your authenticator app",
        SetupDone = "Two-step verification is on. You will be asked for a code each time you sign in.",
        SignedOut = "You have signed out.",
    };

    public static SignInText TraditionalChineseHongKong { get; } = new()
    {
        Culture = "zh-HK",
        HtmlLang = "zh-Hant-HK",
        SwitchLabel = "語言",
        SwitchCulture = "en",
        SiteName = "SelfHelp 後台",
        SignInTitle = "登入",
        Email = "電郵地址",
        Password = "密碼",
        SignIn = "登入",
        WrongCredentials = "電郵地址或密碼不正確。",
        LockedOut = "由於多次登入失敗，此帳戶已被鎖定。請稍後再試，或重設密碼。",
        TooManyAttempts = "登入嘗試次數過多，請等一分鐘後再試。",
        MissingEmail = "請輸入電郵地址。",
        MissingPassword = "請輸入密碼。",
        FormExpired = "此表格已逾時，請重新載入頁面再試。",
        ForgottenPassword = "忘記密碼？",
        ForgottenTitle = "忘記密碼",
        ForgottenIntro = "請輸入帳戶的電郵地址，我們會寄出設定新密碼的連結。",
        SendLink = "寄出連結",
        LinkSent = "如果有帳戶使用這個電郵地址，設定新密碼的連結已經寄出。連結只在限定時間內有效。",
        ResetEmailSubject = "設定 SelfHelp 後台的新密碼",
        ResetEmailBody = "有人要求為你的 SelfHelp 後台帳戶設定新密碼。如果是你本人，請在一天內開啟以下連結：\n\n{0}\n\n如果不是你，請略過這封電郵，你的密碼不會改變。",
        ResetTitle = "設定新密碼",
        NewPassword = "新密碼",
        SetPassword = "設定密碼",
        ResetDone = "密碼已經更改，請用新密碼登入。",
        ResetInvalid = "此連結無效或已過期，請重新索取。",
        PasswordRules = "最少 12 個字元，須包括大楷及細楷英文字母、數字和符號。",
        BackToSignIn = "返回登入",
        TwoFactorTitle = "兩步驗證",
        TwoFactorIntro = "請輸入驗證器應用程式顯示的 6 位數字驗證碼。",
        Code = "驗證碼",
        Verify = "驗證",
        WrongCode = "驗證碼不正確或已過期。",
        SetupTitle = "設定驗證器應用程式",
        SetupIntro = "請用驗證器應用程式掃描二維碼，或輸入密鑰，然後輸入它顯示的驗證碼。",
        SharedKey = "密鑰",
        QrCodeAlt = "驗證器應用程式的二維碼",
        SetupDone = "兩步驗證已啟用，以後每次登入都需要輸入驗證碼。",
        SignedOut = "你已經登出。",
    };

    /// <summary>The same strings in the other language (the language switch's target).</summary>
    public SignInText Other => Culture == English.Culture ? TraditionalChineseHongKong : English;

    /// <summary><c>?culture=</c> first, then the browser's Accept-Language; any Chinese is shown in Hong Kong's.</summary>
    public static SignInText For(HttpRequest request)
    {
        if (request.Query["culture"].ToString() is { Length: > 0 } asked)
        {
            return IsChinese(asked) ? TraditionalChineseHongKong : English;
        }
        var languages = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.ToString());
        return languages.FirstOrDefault() is { } first && IsChinese(first) ? TraditionalChineseHongKong : English;
    }

    private static bool IsChinese(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
