<#
.SYNOPSIS
    Runs the yearly selection of kommuner for Udir's oppfølgingsordningen in one command, and turns
    the shortlists the statsforvaltere send back into the proposal for the final selection.

.DESCRIPTION
    Builds the Selection engine (Release) once and runs it on a data folder:

        selection run --data <Data> --rules <Rules> --out <Out> [--to <To>] [--force]

    or, with -Run and -Returned, on the shortlists that came back (the second half of the round):

        selection propose --run <Run> --returned <Returned> --out <Out> [--require-all] [--force]

    The engine ranks every school, flags the top share, takes kommuner by route 1 and route 2 and
    writes the output folder, including one shortlist per statsforvalter in the subfolder
    'statsforvaltere'. Nothing is written to the output folder unless the whole run
    succeeds.

    The script needs the .NET SDK named in global.json ('dotnet' on the PATH). It works in Windows
    PowerShell 5.1 and in PowerShell 7. If Windows refuses to run scripts, start it with
    'powershell -ExecutionPolicy Bypass -File .\run-selection.ps1 ...' (or run Unblock-File on it once).

    Exit codes are those of the engine: 0 success, 1 errors in the input (data folder or rules),
    2 a wrong command line (for example a -To that is not a school year), 3 the output folder cannot
    be used (it exists without -Force, holds something other than an earlier selection, is or holds
    the data folder, another selection is writing to it, or it cannot be written), 70 a fault in the
    engine, 130/143 stopped by Ctrl+C or SIGTERM. Any exit but 0 leaves the output folder as it was.
    The script itself exits with 1 when
    'dotnet' is missing, the data folder does not exist or the build fails.

.PARAMETER Data
    The data folder: skoler, elevundersokelsen, nasjonale_prover, grunnskolepoeng, and optionally
    nasjonalt and datasett.json (DOMAIN.md section 9).

.PARAMETER Rules
    A rules file (JSON, DOMAIN.md section 8) or the name of a preset that ships with the engine.
    An existing file wins over a preset of the same name. Default: illustrativ (illustrative rules,
    not the official ones).

.PARAMETER Out
    The output folder. It must be empty or not exist, unless -Force is given. It may not be or lie
    inside the data folder, nor contain the data folder or the rules file.

.PARAMETER To
    The last school year of the window, for example 2023-24. Default: the latest school year in the
    data.

.PARAMETER Run
    The output folder of the yearly run whose shortlists were sent to the statsforvaltere.

.PARAMETER Returned
    The folder holding the shortlists the statsforvaltere sent back (CSV or xlsx, any file names).
    Every file is checked against the run: only Prioritet and Begrunnelse may have changed.

.PARAMETER RequireAll
    Refuse to propose while a statsforvalter with route-2 candidates has sent nothing back.

.PARAMETER Force
    Replace the output folder if it holds an earlier output of the same command (never anything else).

.EXAMPLE
    .\run-selection.ps1 -Data .\data\2024 -Out .\resultat\2024

    Runs the selection on the data in .\data\2024 with the illustrativ preset and writes the results
    to .\resultat\2024.

.EXAMPLE
    .\run-selection.ps1 -Data D:\udir\data -Rules D:\udir\regler-2024.json -Out D:\udir\ut -To 2023-24 -Force

    Uses a rules file, ends the window at school year 2023-24 and replaces D:\udir\ut if it exists.

.EXAMPLE
    .\run-selection.ps1 -Run .\resultat\2024 -Returned .\svar\2024 -Out .\forslag\2024

    Reads the shortlists the statsforvaltere sent back to .\svar\2024 and writes the proposal for the
    final selection, with a decision log, to .\forslag\2024.
#>
[CmdletBinding(DefaultParameterSetName = 'Run')]
param(
    [Parameter(Mandatory = $true, ParameterSetName = 'Run')]
    [ValidateNotNullOrEmpty()]
    [string] $Data,

    [Parameter(ParameterSetName = 'Run')]
    [ValidateNotNullOrEmpty()]
    [string] $Rules = 'illustrativ',

    [Parameter(Mandatory = $true, ParameterSetName = 'Propose')]
    [ValidateNotNullOrEmpty()]
    [string] $Run,

    [Parameter(Mandatory = $true, ParameterSetName = 'Propose')]
    [ValidateNotNullOrEmpty()]
    [string] $Returned,

    [Parameter(Mandatory = $true)]
    [ValidateNotNullOrEmpty()]
    [string] $Out,

    [Parameter(ParameterSetName = 'Run')]
    [string] $To,

    [Parameter(ParameterSetName = 'Propose')]
    [switch] $RequireAll,

    [switch] $Force
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# PowerShell 7.3+ can turn a non-zero native exit code into an error; this script reads $LASTEXITCODE itself.
$PSNativeCommandUseErrorActionPreference = $false

function Stop-Run {
    param(
        [Parameter(Mandatory = $true)] [string] $Message,
        [Parameter(Mandatory = $true)] [int] $ExitCode
    )
    $Host.UI.WriteErrorLine($Message)
    exit $ExitCode
}

function Invoke-Dotnet {
    # Runs dotnet with the output going straight through; the caller reads $LASTEXITCODE.
    # 'Continue' here because Windows PowerShell 5.1 turns native stderr lines into errors when the
    # output is redirected, and 'Stop' would then end the script on the engine's first warning.
    param([Parameter(Mandatory = $true)] [string[]] $Arguments)
    $ErrorActionPreference = 'Continue'
    & $script:DotnetPath @Arguments
}

function Resolve-FullPath {
    # A full file-system path relative to the current PowerShell location, without a trailing
    # separator (Windows PowerShell 5.1 quotes "C:\My Data\" so that the last quote is escaped).
    param([Parameter(Mandatory = $true)] [string] $Path)
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
    $root = [System.IO.Path]::GetPathRoot($full)
    while ($full.Length -gt $root.Length -and ($full.EndsWith('\') -or $full.EndsWith('/'))) {
        $full = $full.Substring(0, $full.Length - 1)
    }
    return $full
}

$dotnetCommand = Get-Command -Name 'dotnet' -CommandType Application -ErrorAction SilentlyContinue |
    Select-Object -First 1
if ($null -eq $dotnetCommand) {
    Stop-Run -ExitCode 1 -Message ("'dotnet' was not found. Install the .NET SDK named in " +
        "$(Join-Path $PSScriptRoot 'global.json') (https://dotnet.microsoft.com/download) and open a new PowerShell window.")
}
$script:DotnetPath = $dotnetCommand.Path

$proposing = $PSCmdlet.ParameterSetName -eq 'Propose'
$outPath = Resolve-FullPath -Path $Out
if ($proposing) {
    $runPath = Resolve-FullPath -Path $Run
    if (-not (Test-Path -LiteralPath $runPath -PathType Container)) {
        Stop-Run -ExitCode 1 -Message "The run folder '$runPath' does not exist."
    }
    $returnedPath = Resolve-FullPath -Path $Returned
    if (-not (Test-Path -LiteralPath $returnedPath -PathType Container)) {
        Stop-Run -ExitCode 1 -Message "The folder of returned shortlists '$returnedPath' does not exist."
    }
}
else {
    $dataPath = Resolve-FullPath -Path $Data
    if (-not (Test-Path -LiteralPath $dataPath -PathType Container)) {
        Stop-Run -ExitCode 1 -Message "The data folder '$dataPath' does not exist."
    }
    # A rules file is passed as a full path; anything else is passed as it is, as a preset name.
    $rulesArgument = $Rules
    if (Test-Path -LiteralPath $Rules -PathType Leaf) {
        $rulesArgument = Resolve-FullPath -Path $Rules
    }
}

$project = "$PSScriptRoot/src/Selection.Cli/Selection.Cli.csproj"

Write-Host 'Building the Selection engine (Release)...'
$buildArguments = @('build', $project, '-c', 'Release', '--nologo', '-v', 'quiet')
Invoke-Dotnet -Arguments $buildArguments
$buildExitCode = $LASTEXITCODE
if ($buildExitCode -ne 0) {
    Stop-Run -ExitCode 1 -Message "The build failed (dotnet build exit code $buildExitCode); the selection was not run. See the messages above."
}

if ($proposing) {
    $proposeArguments = @('run', '--project', $project, '-c', 'Release', '--no-build', '--',
        'propose', '--run', $runPath, '--returned', $returnedPath, '--out', $outPath)
    if ($RequireAll) {
        $proposeArguments += '--require-all'
    }
    if ($Force) {
        $proposeArguments += '--force'
    }
    Write-Host 'Reading the returned shortlists and making the proposal...'
    Invoke-Dotnet -Arguments $proposeArguments
    $proposeExitCode = $LASTEXITCODE
    if ($proposeExitCode -ne 0) {
        $meaning = switch ($proposeExitCode) {
            1 { 'a returned shortlist does not match the run (each cell is named above); nothing was written' }
            2 { 'the command line is wrong' }
            3 { 'the output folder cannot be used (see the message above); nothing was written' }
            70 { 'a fault in the engine; please report it with the command you ran' }
            default { 'see the messages above' }
        }
        Stop-Run -ExitCode $proposeExitCode -Message "The proposal failed with exit code ${proposeExitCode}: $meaning."
    }
    Write-Host ''
    Write-Host "The proposal is in $(Join-Path $outPath 'forslag.xlsx') (and forslag.csv); the reason for each kommune is in $(Join-Path $outPath 'beslutningslogg.txt')."
    exit 0
}

$runArguments = @('run', '--project', $project, '-c', 'Release', '--no-build', '--',
    'run', '--data', $dataPath, '--rules', $rulesArgument, '--out', $outPath)
if ($To) {
    $runArguments += @('--to', $To)
}
if ($Force) {
    $runArguments += '--force'
}

Write-Host 'Running the selection...'
Invoke-Dotnet -Arguments $runArguments
$runExitCode = $LASTEXITCODE
if ($runExitCode -ne 0) {
    $meaning = switch ($runExitCode) {
        1 { 'errors in the data folder or the rules; nothing was written' }
        2 { 'the command line is wrong' }
        3 { 'the output folder cannot be used (see the message above); nothing was written' }
        70 { 'a fault in the engine; please report it with the command you ran' }
        default { 'see the messages above' }
    }
    Stop-Run -ExitCode $runExitCode -Message "The selection failed with exit code ${runExitCode}: $meaning."
}

$shortlistFolder = (Resolve-Path -LiteralPath (Join-Path $outPath 'statsforvaltere')).ProviderPath
$shortlists = @(Get-ChildItem -LiteralPath $shortlistFolder -Filter '*.xlsx' -File | Sort-Object -Property Name)
Write-Host ''
Write-Host "The shortlists for the statsforvaltere are in $shortlistFolder ($($shortlists.Count) workbooks, each also as .csv):"
foreach ($shortlist in $shortlists) {
    Write-Host "  $($shortlist.Name)"
}
exit 0
