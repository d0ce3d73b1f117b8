using System.Net;
using System.Net.Http.Json;
using FaceClassifier.Tests.Browser.Support;

namespace FaceClassifier.Tests.Browser;

/// <summary>The browser's checks accept exactly what the server accepts (the server is asked through PUT on an unknown job: 404 = valid, 400 = refused).</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class ClientChecksTests(BrowserFixture fixture)
{
    public static TheoryData<string> Emails => new()
    {
        "ada@example.com", "a.b+c@sub.example.org", "ada@example", "ada@@example.com", "@example.com", "ada@.com",
        "ada@example.com.", "ada lovelace@example.com", "ada@exam ple.com", $"{new string('a', 250)}@example.com",
    };

    public static TheoryData<string> Names => new() { "Ada", " Ada ", new string('n', 200), new string('n', 201), "Ada\u0007", "Zoë 🙂" };

    [Theory]
    [MemberData(nameof(Emails))]
    public async Task Email_check_agrees_with_the_server(string email) =>
        Assert.Equal(await ServerAcceptsAsync(new { email }), await ClientAcceptsAsync("checkEmail", email));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Name_check_agrees_with_the_server(string name) =>
        Assert.Equal(await ServerAcceptsAsync(new { name }), await ClientAcceptsAsync("checkName", name));

    private async Task<bool> ServerAcceptsAsync(object body)
    {
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        using var response = await http.PutAsJsonAsync($"/api/classification/{Guid.NewGuid()}", body);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        return response.StatusCode == HttpStatusCode.NotFound;
    }

    private async Task<bool> ClientAcceptsAsync(string check, string value)
    {
        await using var browser = await fixture.OpenAsync();
        await browser.Page.GotoAsync("/");
        return await browser.Page.EvaluateAsync<bool>(
            "async ([check, value]) => (await import('/js/checks.js'))[check](value) === null", new[] { check, value });
    }
}
