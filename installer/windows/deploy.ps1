# Builds the Windows installer of Relève: release build, windeployqt, makensis.
# Run from a "x64 Native Tools Command Prompt for VS 2022" PowerShell with Qt (6.4 or later,
# MSVC 2019/2022 64-bit) and NSIS 3 on PATH:
#   powershell -ExecutionPolicy Bypass -File installer\windows\deploy.ps1 -BuildDir build-windows
param(
    [string]$BuildDir = "build-windows",
    [string]$Version = "0.1.0"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

# 1. Release build of the application and the server (no tests needed for a package).
cmake -S . -B $BuildDir -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build $BuildDir --target releve releve-server

# 2. The payload: both programs, then windeployqt copies the Qt DLLs, plugins (platforms,
#    styles, sqldrivers with SQLite and PostgreSQL, printsupport, tls, positioning) and Qt's
#    own translations beside them. QtKeychain and libsodium DLLs come from their install prefix.
$deploy = Join-Path $BuildDir "deploy"
if (Test-Path $deploy) { Remove-Item -Recurse -Force $deploy }
New-Item -ItemType Directory $deploy | Out-Null
Copy-Item (Join-Path $BuildDir "app\releve.exe") $deploy
Copy-Item (Join-Path $BuildDir "server\releve-server.exe") $deploy
windeployqt --release --compiler-runtime --dir $deploy (Join-Path $deploy "releve.exe")
windeployqt --release --no-translations --dir $deploy (Join-Path $deploy "releve-server.exe")
foreach ($dll in @("qt6keychain.dll", "libsodium.dll")) {
    $found = Get-Command $dll -ErrorAction SilentlyContinue
    if ($found) { Copy-Item $found.Source $deploy } else { Write-Warning "$dll not found on PATH" }
}

# 3. The installer.
makensis "/DPAYLOAD_DIR=$((Resolve-Path $deploy).Path)" "/DVERSION=$Version" `
    "/DOUTFILE=$((Resolve-Path $BuildDir).Path)\releve-$Version-setup.exe" `
    installer\windows\releve.nsi
