<#
.SYNOPSIS
    Kjører en hel runde i oppfølgingsordningen med Selection: kontroll av data, det årlige utvalget,
    forklaringer, forslaget fra statsforvalternes svar og etterprøving.

.DESCRIPTION
    Skriptet bruker det publiserte programmet (tools\selection\win-x64\selection.exe, eller det
    SELECTION_EXE peker på) når det finnes, og trenger da verken .NET SDK eller NuGet. Finnes det ikke, bygger
    skriptet motoren én gang (Release, med 'dotnet' fra .NET SDK) og bruker den bygde versjonen så
    lenge kildekoden ikke er endret.

    Ett kall per steg i runden:

        -Validate -Data <mappe> [-Rules <fil|forhåndsvalg>]        selection validate
        -Data <mappe> -Rules <fil|forhåndsvalg> -Out <mappe>       selection run
        -Explain -Run <mappe> (-School <orgnr> | -Kommune <nr>)    selection explain
        -Run <mappe> -Returned <mappe> -Out <mappe>                selection propose
        -Verify -Run <mappe> [-Data <mappe>] [-Returned <mappe>]   selection verify

    Uten -Rules bruker skriptet de ILLUSTRATIVE reglene (forhåndsvalget illustrativ) og sier tydelig
    fra om det: det er ikke Udirs regler, og utvalget er ikke et offisielt utvalg.

    Avslutningskoder er motorens: 0 ferdig, 1 feil i data, regler eller returnerte kortlister,
    2 feil kommandolinje, 3 utmappen kan ikke brukes (ingenting er skrevet), 4 etterprøvingen fant
    en forskjell, 70 en feil i motoren, 130/143 avbrutt. Skriptet selv avslutter med 1 når verken
    programmet eller 'dotnet' finnes, en mappe mangler eller byggingen feiler.

.PARAMETER Validate
    Kontroller en datamappe før utvalget: alle problemer på én gang, med fil, linje og kolonne.

.PARAMETER Explain
    Forklar resultatet for en skole (-School) eller en kommune (-Kommune) fra en kjørings egne filer.

.PARAMETER Verify
    Etterprøv en kjøring eller et forslag: filene mot manifestet, og med -Data eller -Returned at
    inndata er de samme.

.PARAMETER Data
    Datamappen: skoler, elevundersokelsen, nasjonale_prover, grunnskolepoeng, og eventuelt nasjonalt
    og datasett.json (se docs/metode.md).

.PARAMETER Rules
    En regelfil (JSON) eller navnet på et forhåndsvalg. Uten -Rules: illustrativ, med en tydelig
    advarsel om at reglene ikke er offisielle.

.PARAMETER Out
    Utmappen. Den må være tom eller ikke finnes, med mindre -Force er gitt; den kan ikke være eller
    ligge inne i inndata.

.PARAMETER To
    Siste skoleår i vinduet, for eksempel 2023-24. Standard: det siste skoleåret med verdier som teller.

.PARAMETER Run
    Utmappen fra den årlige kjøringen (for -Explain, -Verify og forslaget med -Returned), eller en
    forslagsmappe for -Verify.

.PARAMETER Returned
    Mappen med kortlistene statsforvalterne sendte tilbake (CSV eller xlsx, hvilke filnavn som helst).

.PARAMETER RequireAll
    Forslaget lages ikke så lenge en statsforvalter med kandidater på rute 2 ikke har svart.

.PARAMETER School
    Skolens organisasjonsnummer (for -Explain).

.PARAMETER Kommune
    Kommunenummer eller kommunenavn (for -Explain).

.PARAMETER Proposal
    Forslagsmappen (for -Explain -Kommune): legger til den endelige avgjørelsen og begrunnelsen.

.PARAMETER Force
    Erstatt utmappen når den har et tidligere resultat av samme kommando (aldri noe annet).

.EXAMPLE
    .\run-selection.ps1 -Validate -Data .\data\2025 -Rules .\regler-2025.json

.EXAMPLE
    .\run-selection.ps1 -Data .\data\2025 -Rules .\regler-2025.json -Out .\utvalg-2025

.EXAMPLE
    .\run-selection.ps1 -Explain -Run .\utvalg-2025 -Kommune Herøy

.EXAMPLE
    .\run-selection.ps1 -Run .\utvalg-2025 -Returned .\svar-2025 -Out .\forslag-2025

.EXAMPLE
    .\run-selection.ps1 -Verify -Run .\forslag-2025 -Returned .\svar-2025
#>
[CmdletBinding(DefaultParameterSetName = 'Select')]
param(
    [Parameter(Mandatory = $true, ParameterSetName = 'Validate')]
    [switch] $Validate,

    [Parameter(Mandatory = $true, ParameterSetName = 'Explain')]
    [switch] $Explain,

    [Parameter(Mandatory = $true, ParameterSetName = 'Verify')]
    [switch] $Verify,

    [Parameter(Mandatory = $true, ParameterSetName = 'Select')]
    [Parameter(Mandatory = $true, ParameterSetName = 'Validate')]
    [Parameter(ParameterSetName = 'Verify')]
    [ValidateNotNullOrEmpty()]
    [string] $Data,

    [Parameter(ParameterSetName = 'Select')]
    [Parameter(ParameterSetName = 'Validate')]
    [ValidateNotNullOrEmpty()]
    [string] $Rules,

    [Parameter(Mandatory = $true, ParameterSetName = 'Select')]
    [Parameter(Mandatory = $true, ParameterSetName = 'Propose')]
    [ValidateNotNullOrEmpty()]
    [string] $Out,

    [Parameter(ParameterSetName = 'Select')]
    [string] $To,

    [Parameter(Mandatory = $true, ParameterSetName = 'Propose')]
    [Parameter(Mandatory = $true, ParameterSetName = 'Explain')]
    [Parameter(Mandatory = $true, ParameterSetName = 'Verify')]
    [ValidateNotNullOrEmpty()]
    [string] $Run,

    [Parameter(Mandatory = $true, ParameterSetName = 'Propose')]
    [Parameter(ParameterSetName = 'Verify')]
    [ValidateNotNullOrEmpty()]
    [string] $Returned,

    [Parameter(ParameterSetName = 'Propose')]
    [switch] $RequireAll,

    [Parameter(ParameterSetName = 'Explain')]
    [ValidateNotNullOrEmpty()]
    [string] $School,

    [Parameter(ParameterSetName = 'Explain')]
    [ValidateNotNullOrEmpty()]
    [string] $Kommune,

    [Parameter(ParameterSetName = 'Explain')]
    [ValidateNotNullOrEmpty()]
    [string] $Proposal,

    [Parameter(ParameterSetName = 'Select')]
    [Parameter(ParameterSetName = 'Propose')]
    [switch] $Force
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# PowerShell 7.3+ can turn a non-zero native exit code into an error; this script reads $LASTEXITCODE itself.
$PSNativeCommandUseErrorActionPreference = $false

function Stop-Round {
    param(
        [Parameter(Mandatory = $true)] [string] $Message,
        [Parameter(Mandatory = $true)] [int] $ExitCode
    )
    $Host.UI.WriteErrorLine($Message)
    exit $ExitCode
}

function Invoke-Native {
    # Runs a program with the output going straight through; the caller reads $LASTEXITCODE.
    # 'Continue' here because Windows PowerShell 5.1 turns native stderr lines into errors when the
    # output is redirected, and 'Stop' would then end the script on the engine's first warning.
    param(
        [Parameter(Mandatory = $true)] [string] $Program,
        [Parameter(Mandatory = $true)] [string[]] $Arguments
    )
    $ErrorActionPreference = 'Continue'
    & $Program @Arguments
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

function Resolve-Folder {
    # The full path of a folder that must exist; stops with exit 1 naming it otherwise.
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [Parameter(Mandatory = $true)] [string] $What
    )
    $full = Resolve-FullPath -Path $Path
    if (-not (Test-Path -LiteralPath $full -PathType Container)) {
        Stop-Round -ExitCode 1 -Message "$What '$full' finnes ikke."
    }
    return $full
}

function Find-Engine {
    # The program to run: the published one when it is there (no SDK needed), else the Release build,
    # built once and again only when a source file is newer than it.
    $candidates = @()
    if ($env:SELECTION_EXE) {
        $candidates += $env:SELECTION_EXE
    }
    # Where the publish profiles put the program (tools/selection/<profile>/), Windows first.
    $candidates += @(
        (Join-Path $PSScriptRoot 'tools/selection/win-x64/selection.exe'),
        (Join-Path $PSScriptRoot 'tools/selection/linux-x64-aot/selection'),
        (Join-Path $PSScriptRoot 'tools/selection/linux-x64/selection'),
        (Join-Path $PSScriptRoot 'tools/selection/osx-arm64/selection'))
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate -PathType Leaf) {
            return @{ Program = $candidate; Prefix = @() }
        }
    }

    $dotnetCommand = Get-Command -Name 'dotnet' -CommandType Application -ErrorAction SilentlyContinue |
        Select-Object -First 1
    if ($null -eq $dotnetCommand) {
        Stop-Round -ExitCode 1 -Message ("Fant verken det publiserte programmet (tools\selection\win-x64\selection.exe) eller 'dotnet'. " +
            "Publiser programmet (se README, «For analysts») eller installer .NET SDK som står i $(Join-Path $PSScriptRoot 'global.json').")
    }
    $project = Join-Path $PSScriptRoot 'src/Selection.Cli/Selection.Cli.csproj'
    $dll = Join-Path $PSScriptRoot 'src/Selection.Cli/bin/Release/net10.0/selection.dll'
    $stale = $true
    if (Test-Path -LiteralPath $dll -PathType Leaf) {
        $built = (Get-Item -LiteralPath $dll).LastWriteTimeUtc
        $newer = @(Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot 'src') -Recurse -File -Include '*.cs', '*.csproj', '*.resx', '*.json' |
            Where-Object { $_.LastWriteTimeUtc -gt $built } | Select-Object -First 1)
        $stale = $newer.Count -gt 0
    }
    if ($stale) {
        Write-Host 'Bygger Selection-motoren (Release) én gang...'
        Invoke-Native -Program $dotnetCommand.Path -Arguments @('build', $project, '-c', 'Release', '--nologo', '-v', 'quiet')
        $buildExitCode = $LASTEXITCODE
        if ($buildExitCode -ne 0) {
            Stop-Round -ExitCode 1 -Message "Byggingen feilet (dotnet build avsluttet med $buildExitCode); ingenting ble kjørt. Se meldingene over."
        }
    }
    return @{ Program = $dotnetCommand.Path; Prefix = @($dll) }
}

function Get-Meaning {
    param([Parameter(Mandatory = $true)] [int] $ExitCode)
    switch ($ExitCode) {
        1 { return 'feil i inndata (hver feil står over med fil, linje og kolonne); ingenting ble skrevet' }
        2 { return 'kommandolinjen er feil' }
        3 { return 'utmappen kan ikke brukes (se meldingen over); ingenting ble skrevet' }
        4 { return 'etterprøvingen fant en forskjell (se over)' }
        70 { return 'en feil i motoren; meld den fra med kommandoen du kjørte' }
        130 { return 'avbrutt (Ctrl+C); ingenting ble skrevet' }
        143 { return 'avbrutt (SIGTERM); ingenting ble skrevet' }
        default { return 'se meldingene over' }
    }
}

$step = $PSCmdlet.ParameterSetName
$arguments = @()
switch ($step) {
    'Validate' {
        $arguments = @('validate', '--data', (Resolve-Folder -Path $Data -What 'Datamappen'))
    }
    'Select' {
        $arguments = @('run', '--data', (Resolve-Folder -Path $Data -What 'Datamappen'), '--out', (Resolve-FullPath -Path $Out))
        if ($To) {
            $arguments += @('--to', $To)
        }
        if ($Force) {
            $arguments += '--force'
        }
    }
    'Explain' {
        if (($School -and $Kommune) -or (-not $School -and -not $Kommune)) {
            Stop-Round -ExitCode 2 -Message 'Gi enten -School <orgnr> eller -Kommune <nummer|navn> sammen med -Explain.'
        }
        $arguments = @('explain', '--run', (Resolve-Folder -Path $Run -What 'Kjøringsmappen'))
        if ($School) {
            $arguments += @('--school', $School)
        }
        else {
            $arguments += @('--kommune', $Kommune)
        }
        if ($Proposal) {
            $arguments += @('--proposal', (Resolve-Folder -Path $Proposal -What 'Forslagsmappen'))
        }
    }
    'Propose' {
        $arguments = @('propose', '--run', (Resolve-Folder -Path $Run -What 'Kjøringsmappen'),
            '--returned', (Resolve-Folder -Path $Returned -What 'Mappen med returnerte kortlister'), '--out', (Resolve-FullPath -Path $Out))
        if ($RequireAll) {
            $arguments += '--require-all'
        }
        if ($Force) {
            $arguments += '--force'
        }
    }
    'Verify' {
        $arguments = @('verify', '--run', (Resolve-Folder -Path $Run -What 'Mappen'))
        if ($Data) {
            $arguments += @('--data', (Resolve-Folder -Path $Data -What 'Datamappen'))
        }
        if ($Returned) {
            $arguments += @('--returned', (Resolve-Folder -Path $Returned -What 'Mappen med returnerte kortlister'))
        }
    }
}

if ($step -eq 'Select' -or $step -eq 'Validate') {
    if ($Rules) {
        # A rules file is passed as a full path; anything else is passed as it is, as a preset name.
        $rulesArgument = $Rules
        if (Test-Path -LiteralPath $Rules -PathType Leaf) {
            $rulesArgument = Resolve-FullPath -Path $Rules
        }
        $arguments += @('--rules', $rulesArgument)
    }
    elseif ($step -eq 'Select') {
        $Host.UI.WriteErrorLine('!! ADVARSEL: ingen -Rules er gitt. Utvalget kjøres med de ILLUSTRATIVE reglene (forhåndsvalget illustrativ):')
        $Host.UI.WriteErrorLine('!! gulvene og spredningsgrensen er ikke Udirs, og resultatet er IKKE et offisielt utvalg. Gi -Rules for en ekte runde.')
        $arguments += @('--rules', 'illustrativ')
    }
}

$engine = Find-Engine
Invoke-Native -Program $engine.Program -Arguments (@($engine.Prefix) + $arguments)
$exitCode = $LASTEXITCODE
if ($exitCode -ne 0) {
    Stop-Round -ExitCode $exitCode -Message "Steget '$($arguments[0])' avsluttet med kode ${exitCode}: $(Get-Meaning -ExitCode $exitCode)."
}

if ($step -eq 'Select') {
    $shortlistFolder = Join-Path (Resolve-FullPath -Path $Out) 'statsforvaltere'
    $shortlists = @(Get-ChildItem -LiteralPath $shortlistFolder -Filter '*.xlsx' -File | Sort-Object -Property Name)
    Write-Host ''
    Write-Host "Kortlistene til statsforvalterne ligger i $shortlistFolder ($($shortlists.Count) arbeidsbøker, hver også som .csv):"
    foreach ($shortlist in $shortlists) {
        Write-Host "  $($shortlist.Name)"
    }
}
elseif ($step -eq 'Propose') {
    $outPath = Resolve-FullPath -Path $Out
    Write-Host ''
    Write-Host "Forslaget ligger i $(Join-Path $outPath 'forslag.xlsx') (og forslag.csv); grunnen for hver kommune står i $(Join-Path $outPath 'beslutningslogg.txt')."
}
exit 0
