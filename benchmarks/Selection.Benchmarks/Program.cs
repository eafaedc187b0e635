using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Selection.Benchmarks.SampleData).Assembly).Run(args);
