namespace ProcurementSim.ServiceDefaults.Tests;

public sealed class RabbitMqAddressTests
{
    [Fact]
    public void A_full_url_gives_host_port_vhost_and_credentials()
    {
        var address = RabbitMqAddress.Parse("amqp://procsim:s%40cret@127.0.0.1:5673/sim");

        Assert.Equal(new RabbitMqAddress("127.0.0.1", 5673, "sim", "procsim", "s@cret", false), address);
    }

    [Theory]
    [InlineData("amqp://u:p@broker", "/")]
    [InlineData("amqp://u:p@broker/", "/")]
    [InlineData("amqp://u:p@broker/%2f", "/")]
    public void The_default_port_and_vhost_are_RabbitMQs(string url, string vhost)
    {
        var address = RabbitMqAddress.Parse(url);

        Assert.Equal(5672, address.Port);
        Assert.Equal(vhost, address.VirtualHost);
    }

    [Fact]
    public void Amqps_means_tls_on_5671()
    {
        var address = RabbitMqAddress.Parse("amqps://u:p@broker");

        Assert.True(address.UseTls);
        Assert.Equal(5671, address.Port);
    }

    [Fact]
    public void A_url_without_credentials_is_refused_with_a_sentence()
    {
        var ex = Assert.Throws<ServiceConfigurationException>(() => RabbitMqAddress.Parse("amqp://broker:5672/"));

        Assert.Contains("user name and password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_form_hides_the_password()
    {
        Assert.DoesNotContain("s3cret", RabbitMqAddress.Parse("amqp://u:s3cret@broker").ToString(), StringComparison.Ordinal);
    }
}
