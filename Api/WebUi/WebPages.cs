namespace FaceClassifier.Api.WebUi;

/// <summary>The pages (upload, jobs, job, gallery) and the static files they load from wwwroot.</summary>
public static class WebPages
{
    // Pages load only their own scripts, styles and same-origin images (the classified frame).
    private const string PagePolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseWebAssets(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            // Revalidate on each load (ETags keep that cheap) so a new deployment is picked up at once.
            OnPrepareResponse = context => SetCommonHeaders(context.Context.Response),
        });
        return app;
    }

    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (HttpContext context) => Page(context, "index.html"));
        pages.MapGet("/jobs", (HttpContext context) => Page(context, "jobs.html"));
        pages.MapGet("/jobs/{id}", (HttpContext context) => Page(context, "job.html"));
        pages.MapGet("/people", (HttpContext context) => Page(context, "people.html"));
        return app;
    }

    private static IResult Page(HttpContext context, string file)
    {
        var page = context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(file);
        if (!page.Exists)
        {
            return TypedResults.NotFound();
        }

        SetCommonHeaders(context.Response);
        context.Response.Headers.ContentSecurityPolicy = PagePolicy;
        return TypedResults.Stream(page.CreateReadStream(), "text/html; charset=utf-8");
    }

    private static void SetCommonHeaders(HttpResponse response)
    {
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
    }
}
