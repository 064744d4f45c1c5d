using Microsoft.Extensions.Configuration;

namespace ProcurementSim.ServiceDefaults;

/// <summary>A broker address <c>amqp://user:pass@host:port/vhost</c> taken apart for MassTransit.</summary>
internal sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string UserName, string Password, bool UseTls)
{
    internal const string MissingSentence =
        "No RabbitMQ address is configured: set RabbitMq:Url (env RabbitMq__Url or RABBITMQ_URL) to amqp://user:password@host:port/vhost, " +
        "or set Bus:Transport=InMemory for a unit test.";

    internal static RabbitMqAddress FromConfiguration(IConfiguration configuration)
    {
        var url = configuration["RabbitMq:Url"];
        if (string.IsNullOrWhiteSpace(url))
        {
            url = configuration["RABBITMQ_URL"];
        }

        return string.IsNullOrWhiteSpace(url) ? throw new ServiceConfigurationException(MissingSentence) : Parse(url.Trim());
    }

    internal static RabbitMqAddress Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps"))
        {
            throw new ServiceConfigurationException(
                "RabbitMq:Url is not an amqp:// or amqps:// address; give it as amqp://user:password@host:port/vhost.");
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo.Length != 2 || userInfo[0].Length == 0)
        {
            throw new ServiceConfigurationException(
                $"RabbitMq:Url for {uri.Host} has no user name and password; give it as amqp://user:password@{uri.Host}:port/vhost.");
        }

        var tls = uri.Scheme == "amqps";
        var port = uri.IsDefaultPort || uri.Port < 0 ? (tls ? 5671 : 5672) : uri.Port;
        var path = uri.AbsolutePath.TrimStart('/');
        var virtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        return new RabbitMqAddress(
            uri.Host, checked((ushort)port), virtualHost, Uri.UnescapeDataString(userInfo[0]), Uri.UnescapeDataString(userInfo[1]), tls);
    }

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{(UseTls ? "amqps" : "amqp")}://{UserName}@{Host}:{Port}/{VirtualHost}";
}
