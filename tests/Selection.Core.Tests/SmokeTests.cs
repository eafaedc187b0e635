namespace Selection.Core.Tests;

public class SmokeTests
{
    [Test]
    public void One_is_one() => (1 + 1).Should().Be(2);
}
