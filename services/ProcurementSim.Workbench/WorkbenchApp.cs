using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementSim.Web.Errors;
using ProcurementSim.Workbench.Experiments;
using ProcurementSim.Workbench.Ranking;
using ProcurementSim.Workbench.Security;
using ProcurementSim.Workbench.Store;

namespace ProcurementSim.Workbench;

/// <summary>Hosting the planners' workbench under <c>/workbench</c> in any ASP.NET Core app (<c>procsim serve</c> maps it beside the seminar).</summary>
public static class WorkbenchApp
{
    /// <summary>Registers the store (section "Workbench": <see cref="WorkbenchOptions"/>), the access rule and the background rankings.</summary>
    public static WebApplicationBuilder AddWorkbench(this WebApplicationBuilder builder, Action<WorkbenchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<WorkbenchOptions>().Bind(builder.Configuration.GetSection("Workbench"));
        if (configure is not null) options.Configure(configure);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new WorkbenchStore(sp.GetRequiredService<IOptions<WorkbenchOptions>>().Value.StorePath, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new WorkbenchAccess(sp.GetRequiredService<IOptions<WorkbenchOptions>>().Value.Key));
        builder.Services.AddSingleton<RankingJobs>();
        builder.Services.AddSingleton<ExperimentJobs>();
        return builder;
    }

    /// <summary>Maps the workbench's pages and calls under <c>/workbench</c>.</summary>
    public static WebApplication MapWorkbench(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Opened now, so a store that cannot be opened stops the server at start-up with its sentence.
        _ = app.Services.GetRequiredService<WorkbenchStore>();
        UnreadableRequests.Use(app);
        WorkbenchEndpoints.Map(app);
        return app;
    }
}
