using FaceClassifier.Api.Contracts;
using Microsoft.AspNetCore.Diagnostics;

namespace FaceClassifier.Api.Hosting;

/// <summary>Unexpected failures become the 500 envelope (logged, never shown); unreadable requests a 400.</summary>
public static class ErrorHandlingWebApplicationExtensions
{
    public static WebApplication UseFaceClassifierErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                if (error is BadHttpRequestException bad)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    var message = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                        ? "the request body is too large"
                        : "the request could not be read";
                    return context.Response.WriteAsJsonAsync(new ErrorEnvelope(ApiStatus.BadRequest, message));
                }

                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return context.Response.WriteAsJsonAsync(new StatusEnvelope(ApiStatus.InternalError));
            },
        });

        // Routing after the handler, so that failures while matching endpoints get the envelope too.
        app.UseRouting();
        return app;
    }
}
