global using FluentAssertions;
global using NUnit.Framework;
global using Selection.Proposal.Returned;
