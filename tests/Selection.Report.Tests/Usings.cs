global using FluentAssertions;
global using NUnit.Framework;

// Library messages (Selection.Core.Texts.Catalog) follow the UI culture; the assertions on them are written in English.
[assembly: SetUICulture("en")]
