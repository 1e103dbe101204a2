namespace SelfHelp.Web.Tests.Forms;

/// <summary>Valid answers to the forms the web tests post.</summary>
public static class Answers
{
    public static List<KeyValuePair<string, string>> Registration(string email = "ho.wing@example.com") =>
    [
        new("name", "Ho Wing"), new("email", email), new("role", "organisers"), new("accessNeeds", "Wheelchair space"), new("dataConsent", "on"),
    ];

    public static List<KeyValuePair<string, string>> Contact() =>
        [new("name", "Lee Siu Ling"), new("email", "siu.ling@example.com"), new("message", "When do you meet?"), new("dataConsent", "on")];
}
