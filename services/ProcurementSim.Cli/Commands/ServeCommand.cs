using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProcurementSim.Seminar;
using ProcurementSim.Workbench;

namespace ProcurementSim.Cli.Commands;

/// <summary>
/// <c>procsim serve [--port 5080] [--bind 127.0.0.1] [--store seminar.db] [--scenarios scenarios] [--workbench-store workbench.db]
/// [--workbench-key KEY]</c>: the seminar at / and the planners' workbench at /workbench, on one server.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The HTTP port.", DefaultValueFactory = _ => 5080 };
        var bind = new Option<string>("--bind") { Description = "The address to listen on (0.0.0.0 for every interface: players on other machines).", DefaultValueFactory = _ => "127.0.0.1" };
        var store = new Option<string>("--store") { Description = "The SQLite file that keeps every game (a restart resumes them).", DefaultValueFactory = _ => "seminar.db" };
        var scenarios = new Option<string>("--scenarios") { Description = "The folder of scenario files the facilitator can choose from.", DefaultValueFactory = _ => "scenarios" };
        var workbenchStore = new Option<string>("--workbench-store") { Description = "The SQLite file that keeps the workbench's drafts and variants.", DefaultValueFactory = _ => "workbench.db" };
        var workbenchKey = new Option<string?>("--workbench-key")
        {
            Description = "The key that opens the workbench to other machines (a sign-in form asks for it); without it the workbench answers only on this machine. Default: the PROCSIM_WORKBENCH_KEY environment variable.",
            HelpName = "KEY",
        };
        var command = new Command("serve", "Run the web apps: the seminar (students take the seats, the facilitator runs the game) and the planners' workbench (what-if in the browser). Ctrl+C stops it.")
        {
            port, bind, store, scenarios, workbenchStore, workbenchKey,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var config = parseResult.InvocationConfiguration;
            var p = parseResult.GetValue(port);
            var address = parseResult.GetValue(bind)!;
            if (p is < 1 or > 65535) throw new UserInputException($"--port must be between 1 and 65535; {p} was given");
            if (!IPAddress.TryParse(address, out var ip)) throw new UserInputException($"--bind must be an IP address (e.g. 127.0.0.1 or 0.0.0.0); '{address}' was given");
            var url = $"http://{(ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{ip}]" : ip.ToString())}:{p}";
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
            builder.WebHost.UseUrls(url);
            // The console shows what the facilitator needs, not every request.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
            builder.AddSeminar(o =>
            {
                o.StorePath = parseResult.GetValue(store)!;
                o.ScenariosFolder = parseResult.GetValue(scenarios);
            });
            var key = parseResult.GetValue(workbenchKey) ?? Environment.GetEnvironmentVariable("PROCSIM_WORKBENCH_KEY");
            builder.AddWorkbench(o =>
            {
                o.StorePath = parseResult.GetValue(workbenchStore)!;
                o.ScenariosFolder = parseResult.GetValue(scenarios);
                o.Key = string.IsNullOrEmpty(key) ? null : key;
                o.ProcsimCommand = Itself();
            });
            await using var app = builder.Build();
            app.MapSeminar();
            app.MapWorkbench();
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new CommandFailedException($"cannot listen on {url}: {e.Message} (choose another --port)", ExitCodes.BadInput, e);
            }
            var open = ip.Equals(IPAddress.Any) ? $"http://127.0.0.1:{p}" : url;
            await config.Output.WriteLineAsync($"Seminar running. Facilitator: open {open}/ to create a game; it gives the join links.").ConfigureAwait(false);
            var door = string.IsNullOrEmpty(key) ? "this machine only" : "other machines sign in with the workbench key";
            await config.Output.WriteLineAsync($"Planners' workbench: open {open}/workbench ({door}). Ctrl+C stops.").ConfigureAwait(false);
            // Ctrl+C reaches either this command's token or the host's own console handler (which stops the app).
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop cleanly below.
            }
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await config.Output.WriteLineAsync("Stopped; the games and the workbench's drafts and variants are kept in their stores.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    // How to start this very procsim for an experiment from the workbench: its own executable, or dotnet with its dll.
    private static string[]? Itself()
    {
        var process = Environment.ProcessPath;
        if (process is null) return null;
        var dll = typeof(ServeCommand).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && dll.Length > 0 ? [process, dll] : [process];
    }
}
