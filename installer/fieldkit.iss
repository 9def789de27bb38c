; Inno Setup 6 script: packs the PyInstaller folder (dist\FieldKit, made by
; `pyinstaller build_installer.spec` on Windows) into dist\FieldKit-<version>-setup.exe.
;
;   iscc installer\fieldkit.iss
;
; A per-user install that needs no administrator: FieldKit goes to
; %LOCALAPPDATA%\Programs\FieldKit, with a Start-menu shortcut (and a desktop one
; if asked). The setup speaks Lithuanian and English. Uninstalling removes the
; program only: the coordinator's database, backups and logs (in their data
; folder) are theirs and stay.
;
; Inno Setup ships no Lithuanian messages file of its own: put Lithuanian.isl
; (the Lithuanian entry of https://jrsoftware.org/files/istrans/) beside this script.

#define AppName "FieldKit"
#define AppExe "FieldKit.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\FieldKit"
#define LithuanianMessages AddBackslash(SourcePath) + "Lithuanian.isl"

#if !FileExists(DistDir + "\" + AppExe)
  #error dist\FieldKit\FieldKit.exe is missing: run `pyinstaller build_installer.spec` first.
#endif
#if !FileExists(LithuanianMessages)
  #error installer\Lithuanian.isl is missing: download it from https://jrsoftware.org/files/istrans/ first.
#endif

; The version the spec wrote into the executable (from fieldkit.__version__).
#define AppVersion GetStringFileInfo(DistDir + "\" + AppExe, "ProductVersion")

[Setup]
; The same AppId in every version, so a new setup upgrades the old install in place.
AppId={{2F37E247-0531-4249-AF6F-4448FE74AA57}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; ASCII only: the script is read without a byte-order mark
AppPublisher=Bibliotekos pazangai 2
VersionInfoVersion={#AppVersion}
; per user, no administrator: {autopf} is %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=FieldKit-{#AppVersion}-setup
SetupIconFile=..\resources\icons\fieldkit.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; a running FieldKit holds its files: ask to close it rather than fail half-way
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
; Lithuanian first: the setup picks it on a Lithuanian Windows, English elsewhere.
Name: "lt"; MessagesFile: "{#LithuanianMessages}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the bundled libraries whole (none left from the old version)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
