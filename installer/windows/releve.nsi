; Windows installer of Relève (NSIS 3, Modern UI 2), French and English.
;
; The payload is a folder made by deploy.ps1 (next to this file): releve.exe and
; releve-server.exe with the Qt libraries and plugins windeployqt copies beside them.
; Build it on Windows with:
;   powershell -File installer\windows\deploy.ps1 -BuildDir build-windows
; or by hand:
;   makensis /DPAYLOAD_DIR=<deploy folder> /DVERSION=0.1.0 /DOUTFILE=releve-0.1.0-setup.exe releve.nsi
; tests/installer compiles this script over a placeholder payload on Linux (makensis from
; Debian's nsis package), so that its syntax is checked on every test run.

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef PAYLOAD_DIR
  !define PAYLOAD_DIR "..\..\build-windows\deploy"
!endif
!ifndef OUTFILE
  !define OUTFILE "releve-${VERSION}-setup.exe"
!endif

!define APP_NAME "Relève"
!define APP_ID "fr.releve.Releve"
!define COMPANY "Relève"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Releve"
InstallDirRegKey HKLM "Software\${APP_ID}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1036 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de ${APP_NAME}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "${COMPANY}"

!include "MUI2.nsh"
!include "x64.nsh"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\releve.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; French first: the people who use Relève are French.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString DESC_APP ${LANG_FRENCH} "L'application des responsables de secteur."
LangString DESC_APP ${LANG_ENGLISH} "The coordinators' application."
LangString DESC_SHORTCUT ${LANG_FRENCH} "Raccourci sur le bureau."
LangString DESC_SHORTCUT ${LANG_ENGLISH} "Desktop shortcut."
LangString NEEDS_64BIT ${LANG_FRENCH} "Relève demande une version 64 bits de Windows."
LangString NEEDS_64BIT ${LANG_ENGLISH} "Relève needs a 64-bit version of Windows."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEEDS_64BIT)"
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!${APP_NAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Everything windeployqt put in the payload: the two programs, Qt's DLLs, plugins
  ; (platforms, sqldrivers, printsupport, tls…) and Qt's translations.
  File /r "${PAYLOAD_DIR}\*.*"

  WriteRegStr HKLM "Software\${APP_ID}" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\releve.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME} (démonstration).lnk" "$INSTDIR\releve.exe" "--demo"

  ; Add/Remove Programs.
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${COMPANY}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\releve.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(DESC_SHORTCUT)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\releve.exe"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(DESC_APP)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DESC_SHORTCUT)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Uninstall"
  ; The local cache and the settings stay in the user's profile (AppData): they hold changes
  ; that may not have reached the server yet.
  RMDir /r "$INSTDIR"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP_ID}"
SectionEnd
