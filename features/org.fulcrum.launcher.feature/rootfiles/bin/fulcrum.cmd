@echo off
rem bin\fulcrum COMMAND ...  Fulcrum's command line (bin\fulcrum --help lists the commands)
rem bin\fulcrum ui [FOLDER]  the workbench on a folder of engagements
rem
rem Runs Fulcrum from the folder it was unpacked into, which may be read-only: the OSGi
rem configuration, the class-data sharing cache, the workbench's state and the user's plugins
rem live in %LOCALAPPDATA%\Fulcrum (docs/install.md). The same rules as bin/fulcrum.
rem Environment: FULCRUM_JAVA_HOME, JAVA_HOME, FULCRUM_CACHE, FULCRUM_DATA,
rem FULCRUM_WORKBENCH_STATE, FULCRUM_VMARGS, FULCRUM_CLI_JVM_OPTIONS, FULCRUM_NO_CDS=1.
setlocal EnableExtensions EnableDelayedExpansion

for %%I in ("%~dp0..") do set "FULCRUM_HOME=%%~fI"
set "LAUNCHER="
for %%J in ("%FULCRUM_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fJ"
if not defined LAUNCHER (
  echo fulcrum: !FULCRUM_HOME! is not a complete Fulcrum: plugins\org.eclipse.equinox.launcher_*.jar is missing 1>&2
  exit /b 3
)

rem --- a Java 21 or newer: FULCRUM_JAVA_HOME, the runtime shipped inside, JAVA_HOME, PATH, the usual folders
set "JAVA_FOUND="
if defined FULCRUM_JAVA_HOME (
  call :usable "%FULCRUM_JAVA_HOME%"
  if not defined JAVA_FOUND (
    echo fulcrum: FULCRUM_JAVA_HOME=!FULCRUM_JAVA_HOME! is not a Java 21 or newer 1>&2
    exit /b 3
  )
)
if not defined JAVA_FOUND call :usable "%FULCRUM_HOME%\runtime"
if not defined JAVA_FOUND if defined JAVA_HOME call :usable "%JAVA_HOME%"
if not defined JAVA_FOUND (
  for /f "delims=" %%P in ('where java 2^>nul') do (
    if not defined JAVA_FOUND call :usable "%%~dpP.."
  )
)
if not defined JAVA_FOUND (
  for %%V in ("%ProgramFiles%\Java" "%ProgramFiles%\Eclipse Adoptium" "%ProgramFiles%\Microsoft" "%ProgramFiles%\Zulu" "%ProgramFiles%\Amazon Corretto" "%ProgramFiles%\BellSoft" "%LOCALAPPDATA%\Programs\Eclipse Adoptium") do (
    if exist "%%~V" for /f "delims=" %%D in ('dir /b /ad /o-n "%%~V" 2^>nul') do (
      if not defined JAVA_FOUND call :usable "%%~V\%%D"
    )
  )
)
if not defined JAVA_FOUND (
  echo fulcrum: no Java 21 or newer found ^(looked at FULCRUM_JAVA_HOME, !FULCRUM_HOME!\runtime, JAVA_HOME, the PATH and !ProgramFiles!^); install a JDK or JRE 21+ or set JAVA_HOME 1>&2
  exit /b 3
)

rem --- the user's directories
if not defined LOCALAPPDATA set "LOCALAPPDATA=%USERPROFILE%\AppData\Local"
if not defined FULCRUM_CACHE set "FULCRUM_CACHE=%LOCALAPPDATA%\Fulcrum\cache"
if not defined FULCRUM_DATA set "FULCRUM_DATA=%LOCALAPPDATA%\Fulcrum"
if not defined FULCRUM_WORKBENCH_STATE set "FULCRUM_WORKBENCH_STATE=%FULCRUM_DATA%\workbench"
rem one OSGi configuration area per installed Fulcrum, named after its folder
set "KEY=%FULCRUM_HOME::=%"
set "KEY=!KEY:\=_!"
set "KEY=!KEY: =_!"
set "CONFIGURATION=%FULCRUM_CACHE%\configuration\!KEY!"
if not exist "!CONFIGURATION!" mkdir "!CONFIGURATION!"
if not exist "%FULCRUM_DATA%\dropins" mkdir "%FULCRUM_DATA%\dropins"

set VM=-Dosgi.requiredJavaVersion=21 "-Dosgi.sharedConfiguration.area=%FULCRUM_HOME%\configuration" -Dosgi.configuration.cascaded=true "-Dfulcrum.dropins=%FULCRUM_DATA%\dropins" "-Dfulcrum.data=%FULCRUM_DATA%" %FULCRUM_VMARGS%
set C1=-XX:TieredStopAtLevel=1
if defined FULCRUM_CLI_JVM_OPTIONS set C1=%FULCRUM_CLI_JVM_OPTIONS%

if /i "%~1"=="ui" goto :ui

rem class-data sharing: an archive of the classes loaded, written by the first command, mapped by the next
set "CDS="
if not defined FULCRUM_NO_CDS (
  if not exist "!FULCRUM_CACHE!\cds" mkdir "!FULCRUM_CACHE!\cds"
  set CDS="-XX:SharedArchiveFile=!FULCRUM_CACHE!\cds\fulcrum-!JAVA_MAJOR!-!KEY!.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off
)
rem reports run long enough for C2's compiled code to pay; every other command is over before
set "OPT=%C1%"
if /i "%~1"=="report" set "OPT="
if /i "%~1"=="coaching-report" set "OPT="
if /i "%~1"=="demo" set "OPT="
"%JAVA_FOUND%\bin\java.exe" %VM% %OPT% !CDS! -Djava.awt.headless=true -jar "%LAUNCHER%" -configuration "!CONFIGURATION!" -nosplash -application org.fulcrum.cli.app %*
exit /b %ERRORLEVEL%

:ui
shift
set "WORKSPACE="
if "%~1"=="" goto :workbench
if not exist "%~1" mkdir "%~1"
set WORKSPACE="-Dfulcrum.workspace=%~f1"
:workbench
if not exist "%FULCRUM_WORKBENCH_STATE%" mkdir "%FULCRUM_WORKBENCH_STATE%"
set "JAVAW=%JAVA_FOUND%\bin\javaw.exe"
if not exist "%JAVAW%" set "JAVAW=%JAVA_FOUND%\bin\java.exe"
start "Fulcrum" "%JAVAW%" %VM% %C1% %WORKSPACE% %FULCRUM_UI_VMARGS% -jar "%LAUNCHER%" -configuration "!CONFIGURATION!" -nosplash -data "%FULCRUM_WORKBENCH_STATE%"
exit /b 0

rem --- :usable HOME  sets JAVA_FOUND and JAVA_MAJOR when HOME holds a Java of version 21 or newer
:usable
set "CANDIDATE=%~f1"
set "MAJOR="
if not exist "%CANDIDATE%\bin\java.exe" exit /b 0
rem every Java since 9 names its version in its release file: no JVM is started to ask
if not exist "%CANDIDATE%\release" exit /b 0
set "VERSION="
for /f "usebackq tokens=2 delims==" %%V in (`findstr /b "JAVA_VERSION=" "%CANDIDATE%\release"`) do set "VERSION=%%~V"
if not defined VERSION exit /b 0
for /f "delims=.-+" %%M in ("%VERSION%") do set "MAJOR=%%M"
if not defined MAJOR exit /b 0
if %MAJOR% GEQ 21 (
  set "JAVA_FOUND=%CANDIDATE%"
  set "JAVA_MAJOR=%MAJOR%"
)
exit /b 0
