global using FluentAssertions;
global using NUnit.Framework;
global using Selection.Proposal.Returned;

// Library messages (Selection.Core.Texts.Catalog) follow the UI culture; the assertions on them are written in English.
[assembly: SetUICulture("en")]
