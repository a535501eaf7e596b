; Recouvrement Desktop: Windows installer (NSIS 3, Unicode).
;
; Built by `uv run --group packaging python packaging/build.py` on a Windows build
; machine, which passes every !define below (makensis -INPUTCHARSET UTF8 -D...).
; It also compiles on Linux (apt package `nsis`): CI compiles it against the Linux
; bundle as a stand-in, so that the script cannot rot (packaging/ci_check.sh).
;
; - per-user (no administrator rights, %LOCALAPPDATA%\Programs) or per-machine
;   (Program Files) installation: NSIS's MultiUser page, or /CurrentUser or /AllUsers
;   on the command line (silent install: /S /AllUsers);
; - Start-menu shortcuts (the application and its demonstration), an optional desktop
;   shortcut, the application icon, version information, an "Apps & features" entry;
; - the uninstaller removes the program only: the officer's database, its backups,
;   logs and archived agreements stay in %LOCALAPPDATA%\Recouvrement\recouvrement-desktop.

Unicode true

!define APP_NAME "Recouvrement Desktop"
!define APP_ID "recouvrement-desktop"
!define PUBLISHER "Recouvrement"
!define APP_EXE "${APP_ID}.exe"
!define CLI_EXE "${APP_ID}-cli.exe"
!define CONTENTS_DIR "_internal"
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${PUBLISHER}\${APP_ID}"
!define USER_DATA_HINT "%LOCALAPPDATA%\${PUBLISHER}\${APP_ID}"

; --- given by build.py ---------------------------------------------------------------
!ifndef VERSION
  !error "VERSION is not defined: build with packaging/build.py"
!endif
!ifndef VERSION_QUAD
  !error "VERSION_QUAD (four numbers, e.g. 0.1.0.0) is not defined"
!endif
!ifndef BUNDLE_DIR
  !error "BUNDLE_DIR (the PyInstaller one-folder bundle) is not defined"
!endif
!ifndef ICON
  !error "ICON (the generated recouvrement-desktop.ico) is not defined"
!endif
!ifndef OUTFILE
  !error "OUTFILE is not defined"
!endif
!ifdef NOCOMPRESS ; CI's quick compile check: same script, stored without compression
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

; --- per-user or per-machine -------------------------------------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh

; --- pages ----------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; No "run now" box on the last page: after a per-machine install it would start the
; application elevated, with the administrator's profile instead of the officer's.
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString SEC_APP_NAME ${LANG_FRENCH} "${APP_NAME}"
LangString SEC_APP_NAME ${LANG_ENGLISH} "${APP_NAME}"
LangString SEC_APP_DESC ${LANG_FRENCH} "L'application et ses raccourcis dans le menu Démarrer."
LangString SEC_APP_DESC ${LANG_ENGLISH} "The application and its Start-menu shortcuts."
LangString SEC_DESKTOP_NAME ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SEC_DESKTOP_NAME ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP_DESC ${LANG_FRENCH} "Un raccourci vers ${APP_NAME} sur le bureau."
LangString SEC_DESKTOP_DESC ${LANG_ENGLISH} "A shortcut to ${APP_NAME} on the desktop."
LangString DEMO_SHORTCUT ${LANG_FRENCH} "${APP_NAME} (démonstration)"
LangString DEMO_SHORTCUT ${LANG_ENGLISH} "${APP_NAME} (demonstration)"
LangString DATA_KEPT ${LANG_FRENCH} "Les données (base, sauvegardes, protocoles archivés) restent dans ${USER_DATA_HINT}."
LangString DATA_KEPT ${LANG_ENGLISH} "The data (database, backups, archived agreements) stay in ${USER_DATA_HINT}."

; --- version information of setup.exe -------------------------------------------------
VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Installation de ${APP_NAME}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

; --- install --------------------------------------------------------------------------
Section "!$(SEC_APP_NAME)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the previous version's libraries instead of mixing them.
  RMDir /r "$INSTDIR\${CONTENTS_DIR}"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\$(DEMO_SHORTCUT).lnk" "$INSTDIR\${APP_EXE}" "--demo" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SEC_DESKTOP_NAME)" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(SEC_APP_DESC)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(SEC_DESKTOP_DESC)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

; --- uninstall: the program only, never the officer's data --------------------------------
Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Uninstall"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\${CONTENTS_DIR}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR" ; only if empty: whatever else the folder holds stays

  ; Both languages' shortcut names: the uninstaller may run in another language.
  Delete "$SMPROGRAMS\${APP_NAME}\*.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DeleteRegKey /ifempty SHCTX "Software\${PUBLISHER}"
  DetailPrint "$(DATA_KEPT)"
SectionEnd
