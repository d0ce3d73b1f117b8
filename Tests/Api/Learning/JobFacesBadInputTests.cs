using System.Text;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Jobs;

namespace FaceClassifier.Tests.Api.Learning;

/// <summary>The 4xx answers of naming, rejecting and appearances, each with the exact message.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class JobFacesBadInputTests(ApiFixture fixture)
{
    private readonly HttpClient _http = fixture.Client;

    [Fact]
    public async Task Naming_refuses_bad_input_with_clear_answers()
    {
        var job = await LearningJob.CreateAsync(fixture.Factory, seed: 21);
        var missing = Guid.NewGuid();
        var face = $"/api/classification/{job.JobId}/faces/{LearningJob.UnknownFace}/name";

        Assert.Equal((401, Http.Unauthorized("the X-Api-Key header is required")), await PostAsync(face, """{"name":"Ann"}""", key: false));
        Assert.Equal((400, Http.BadRequest("id is not a valid id (expected a UUID)")), await PostAsync("/api/classification/nope/faces/f1/name", """{"name":"Ann"}"""));
        Assert.Equal((404, Http.NotFound($"no classification job with id {missing}")), await PostAsync($"/api/classification/{missing}/faces/f1/name", """{"name":"Ann"}"""));
        Assert.Equal((404, Http.NotFound($"no face f9 in classification job {job.JobId}")), await PostAsync($"/api/classification/{job.JobId}/faces/f9/name", """{"name":"Ann"}"""));
        var shape = "the body must be a JSON object with name (a new person) or person_id (an existing one)";
        Assert.Equal((400, Http.BadRequest(shape)), await PostAsync(face, "{not json"));
        Assert.Equal((400, Http.BadRequest(shape)), await PostAsync(face, "[]"));
        var exactlyOne = "exactly one of name (a new person) or person_id (an existing one) is required";
        Assert.Equal((400, Http.BadRequest(exactlyOne)), await PostAsync(face, "{}"));
        Assert.Equal((400, Http.BadRequest(exactlyOne)), await PostAsync(face, $$"""{"name":"Ann","person_id":"{{job.PersonId}}"}"""));
        Assert.Equal((400, Http.BadRequest("name and person_id must be strings")), await PostAsync(face, """{"name":7}"""));
        Assert.Equal((400, Http.BadRequest("person_id is not a valid id (expected a UUID)")), await PostAsync(face, """{"person_id":"x"}"""));
        Assert.Equal(400, (await PostAsync(face, """{"name":"   "}""")).Status);
        Assert.Equal((404, Http.NotFound($"no person with id {missing}")), await PostAsync(face, $$"""{"person_id":"{{missing}}"}"""));
        Assert.Equal(
            (409, JobFacesApiTests.Conflict($"face {LearningJob.PersonFace} is already named {job.PersonName} ({job.PersonId}); reject that first to name it otherwise")),
            await PostAsync($"/api/classification/{job.JobId}/faces/{LearningJob.PersonFace}/name", """{"name":"Ann"}"""));
        Assert.Equal(
            (409, JobFacesApiTests.Conflict($"face {LearningJob.FaceWithoutFrames} has no frame good enough to learn from; enrol the person from a photo instead")),
            await PostAsync($"/api/classification/{job.JobId}/faces/{LearningJob.FaceWithoutFrames}/name", """{"name":"Ann"}"""));

        // Nothing above changed the result.
        var result = await fixture.Factory.Grains.GetGrain<IClassificationJob>(job.JobId).GetAsync();
        Assert.Equal([LearningJob.PersonFace], result!.Result!.People.Select(p => p.FaceId));
    }

    [Fact]
    public async Task Naming_waits_for_the_job_to_complete()
    {
        var id = Guid.NewGuid();
        var script = fixture.Factory.Analysis.For(id).Hold();
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(FaceClassifier.Tests.Testing.Poll.DefaultTimeout);

        Assert.Equal(
            (409, JobFacesApiTests.Conflict($"classification job {id} has not completed; its faces can be named once it has")),
            await PostAsync($"/api/classification/{id}/faces/f1/name", """{"name":"Ann"}"""));
        script.Release.SetResult();
    }

    [Fact]
    public async Task Rejecting_refuses_bad_input_with_clear_answers()
    {
        var job = await LearningJob.CreateAsync(fixture.Factory, seed: 22);
        var other = await LearningJob.CreateAsync(fixture.Factory, seed: 23);
        var missing = Guid.NewGuid();
        var face = $"/api/classification/{job.JobId}/faces/{LearningJob.PersonFace}/reject";
        var body = $$"""{"person_id":"{{job.PersonId}}"}""";

        Assert.Equal((401, Http.Unauthorized("the X-Api-Key header is required")), await PostAsync(face, body, key: false));
        Assert.Equal((404, Http.NotFound($"no classification job with id {missing}")), await PostAsync($"/api/classification/{missing}/faces/f1/reject", body));
        Assert.Equal((404, Http.NotFound($"no face f9 in classification job {job.JobId}")), await PostAsync($"/api/classification/{job.JobId}/faces/f9/reject", body));
        Assert.Equal((400, Http.BadRequest("the body must be a JSON object with person_id: the person this face is not")), await PostAsync(face, "{"));
        Assert.Equal((400, Http.BadRequest("person_id is required: the person this face is not")), await PostAsync(face, "{}"));
        Assert.Equal((400, Http.BadRequest("person_id is not a valid id (expected a UUID)")), await PostAsync(face, """{"person_id":"x"}"""));
        Assert.Equal((404, Http.NotFound($"no person with id {missing}")), await PostAsync(face, $$"""{"person_id":"{{missing}}"}"""));
        Assert.Equal(
            (409, JobFacesApiTests.Conflict($"face {LearningJob.PersonFace} is named {job.PersonName} ({job.PersonId}), not {other.PersonId}")),
            await PostAsync(face, $$"""{"person_id":"{{other.PersonId}}"}"""));
        Assert.Equal(
            (409, JobFacesApiTests.Conflict($"face {LearningJob.UnknownFace} is not named in this job; there is nothing to reject")),
            await PostAsync($"/api/classification/{job.JobId}/faces/{LearningJob.UnknownFace}/reject", body));
    }

    [Fact]
    public async Task Appearances_of_a_malformed_or_unknown_person_are_400_and_404()
    {
        var missing = Guid.NewGuid();

        Assert.Equal((400, Http.BadRequest("id is not a valid id (expected a UUID)")), await _http.GetAsync("/api/people/x/appearances").ReadAsync());
        Assert.Equal((404, Http.NotFound($"no person with id {missing}")), await _http.GetAsync($"/api/people/{missing}/appearances").ReadAsync());
    }

    private async Task<(int Status, string Body)> PostAsync(string path, string json, bool key = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key)
        {
            request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        }

        return await _http.SendAsync(request).ReadAsync();
    }
}
