namespace SelfHelp.Core.Tests.Forms;

/// <summary>Valid answers to each shipped form, to change one thing at a time in a test.</summary>
public static class FormValues
{
    /// <summary>The smallest file the upload check takes for a PNG image.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    public static Dictionary<string, string[]> Story() => new()
    {
        ["storyTitle"] = ["How we started"], ["groupName"] = ["Tsuen Wan Carers"], ["narratorName"] = ["Ah Mei"], ["anonymise"] = ["on"],
        ["district"] = ["tsuenWan"], ["topics"] = ["carers", "olderPeople"], ["story"] = ["We met in a church hall.\n\nNow we are forty."],
        ["email"] = ["ah.mei@example.com"], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Group() => new()
    {
        ["groupName"] = ["Sham Shui Po Parents"], ["description"] = ["Parents of children with special needs meet monthly."],
        ["topics"] = ["familyAndEducation"], ["districts"] = ["shamShuiPo", "kowloonCity"], ["languages"] = ["cantonese"],
        ["meetingFormat"] = ["inPerson"], ["meetingSchedule"] = ["First Saturday, 2pm"], ["venue"] = ["Community hall, Fuk Wa Street"],
        ["acceptingNewMembers"] = ["on"], ["website"] = ["https://ssp-parents.example"], ["contactName"] = ["Wong Ka Yan"],
        ["contactEmail"] = ["ka.yan@example.com"], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Volunteer(string email = "tai.man@example.com") => new()
    {
        ["name"] = ["Chan Tai Man"], ["email"] = [email], ["phone"] = ["2345 6789"], ["districts"] = ["shaTin", "taiPo"],
        ["languages"] = ["cantonese", "english"], ["skills"] = ["listening", "other"], ["otherSkill"] = ["Sign language"],
        ["availability"] = ["weekends"], ["supportNeeds"] = ["Step-free access"], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Registration(string email) => new()
    {
        ["name"] = ["Ho Wing"], ["email"] = [email], ["role"] = ["organisers"], ["accessNeeds"] = ["Vegetarian lunch"], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Contact(string message) => new()
    {
        ["name"] = ["Lee Siu Ling"], ["email"] = ["siu.ling@example.com"], ["message"] = [message], ["dataConsent"] = ["on"],
    };

    public static Dictionary<string, string[]> Support() => new()
    {
        ["groupName"] = ["Kwun Tong Stroke Survivors"], ["contactName"] = ["Cheung Mo Yee"], ["email"] = ["mo.yee@example.com"],
        ["district"] = ["kwunTong"], ["skills"] = ["administration"], ["need"] = ["Help with our accounts."], ["urgency"] = ["high"],
        ["urgentReason"] = ["Our treasurer is leaving next week."], ["dataConsent"] = ["on"],
    };
}
