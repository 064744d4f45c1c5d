using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementSim.Seminar.Games;
using ProcurementSim.Seminar.Store;

namespace ProcurementSim.Seminar;

/// <summary>Hosting the seminar web app in any ASP.NET Core app (its own Program, or <c>procsim serve</c>).</summary>
public static class SeminarApp
{
    /// <summary>Registers the store (section "Seminar": <see cref="SeminarOptions"/>), the games and the turn timer.</summary>
    public static WebApplicationBuilder AddSeminar(this WebApplicationBuilder builder, Action<SeminarOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<SeminarOptions>().Bind(builder.Configuration.GetSection("Seminar"));
        if (configure is not null) options.Configure(configure);
        var limits = builder.Configuration.GetSection("Seminar").Get<SeminarOptions>() ?? new SeminarOptions();
        configure?.Invoke(limits);
        SeminarLimits.Add(builder.Services, limits);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new SqliteGameStore(sp.GetRequiredService<IOptions<SeminarOptions>>().Value.StorePath));
        builder.Services.AddSingleton<GameRegistry>();
        builder.Services.AddHostedService<TurnTimer>();
        return builder;
    }

    /// <summary>Maps the seminar's pages and endpoints (the games are rebuilt from the store here, at start-up).</summary>
    public static WebApplication MapSeminar(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Services.GetRequiredService<GameRegistry>();
        SeminarLimits.Use(app);
        SeminarEndpoints.Map(app);
        ExportEndpoints.Map(app);
        return app;
    }
}
