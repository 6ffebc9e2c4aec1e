# Install rules and CPack for ClawDesk (included by the top-level CMakeLists.txt).
#   Linux:   cmake --install (FHS layout) and a .deb (cpack -G DEB), desktop integration, systemd user unit
#   macOS:   ClawDesk.app (bundle id io.clawdesk.ClawDesk) in a DragNDrop .dmg
#   Windows: NSIS installer (icon, start-menu entry, uninstaller) and a .zip
#   all:     source tarball (`cmake --build <dir> --target package_source`, TGZ)
# The version comes only from project(ClawDesk VERSION …); packaging/README.md explains each piece.

set(CLAWDESK_APP_ID io.clawdesk.ClawDesk)
set(CLAWDESK_HOMEPAGE_URL "https://github.com/clawdesk/clawdesk"
    CACHE STRING "Project home page (metainfo, .deb Homepage, installers)")
set(CLAWDESK_PACKAGE_CONTACT "The ClawDesk developers <maintainers@clawdesk.io>"
    CACHE STRING "Package maintainer (Debian Maintainer field)")
set(CLAWDESK_SCREENSHOT_URL "https://raw.githubusercontent.com/clawdesk/clawdesk/main/docs/screenshots"
    CACHE STRING "Where the AppStream screenshots (docs/screenshots/) are published")
set(CLAWDESK_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(CLAWDESK_PACKAGING_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging)

include(GNUInstallDirs)
# Debian wants share/doc/<package>; GNUInstallDirs' DOCDIR (already cached by
# qt_standard_project_setup) uses the project name, ClawDesk.
if(WIN32)
  set(CLAWDESK_INSTALL_DOCDIR doc)
else()
  set(CLAWDESK_INSTALL_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/clawdesk)
endif()

# Release date for AppStream: honours SOURCE_DATE_EPOCH for reproducible packages.
string(TIMESTAMP CLAWDESK_RELEASE_DATE "%Y-%m-%d" UTC)

# ---------------------------------------------------------------------------------------------
# Files configured for every platform: the packaging test checks them on Linux too.
configure_file(${CLAWDESK_PACKAGING_DIR}/linux/${CLAWDESK_APP_ID}.metainfo.xml.in
               ${CLAWDESK_PACKAGING_BINARY_DIR}/${CLAWDESK_APP_ID}.metainfo.xml @ONLY)
configure_file(${CLAWDESK_PACKAGING_DIR}/linux/copyright.in ${CLAWDESK_PACKAGING_BINARY_DIR}/copyright @ONLY)

# macOS bundle fields: the same variables feed the target properties below and a configured
# Info.plist in the build tree (that copy is what the packaging test reads).
set(MACOSX_BUNDLE_BUNDLE_NAME ClawDesk)
set(MACOSX_BUNDLE_EXECUTABLE_NAME ClawDesk)
set(MACOSX_BUNDLE_GUI_IDENTIFIER ${CLAWDESK_APP_ID})
set(MACOSX_BUNDLE_ICON_FILE ClawDesk.icns)
set(MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
set(MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
set(MACOSX_BUNDLE_INFO_STRING "ClawDesk ${PROJECT_VERSION}")
set(MACOSX_BUNDLE_COPYRIGHT "Copyright © 2026 The ClawDesk developers. MIT License.")
configure_file(${CLAWDESK_PACKAGING_DIR}/macos/Info.plist.in ${CLAWDESK_PACKAGING_BINARY_DIR}/Info.plist)

set(CLAWDESK_WINDOWS_ICON ${CLAWDESK_PACKAGING_DIR}/windows/clawdesk.ico)
configure_file(${CLAWDESK_PACKAGING_DIR}/windows/clawdesk.rc.in ${CLAWDESK_PACKAGING_BINARY_DIR}/clawdesk.rc @ONLY)

# ---------------------------------------------------------------------------------------------
# The binary.
if(TARGET clawdesk)
  if(APPLE)
    # ClawDesk.app/Contents/MacOS/ClawDesk; the icon: iconutil from the committed PNGs when it
    # exists (always on macOS), else the committed packaging/macos/ClawDesk.icns (png2icns).
    find_program(CLAWDESK_ICONUTIL iconutil)
    set(icns ${CLAWDESK_PACKAGING_DIR}/macos/ClawDesk.icns)
    if(CLAWDESK_ICONUTIL)
      set(iconset ${CLAWDESK_PACKAGING_BINARY_DIR}/ClawDesk.iconset)
      set(hicolor ${CLAWDESK_PACKAGING_DIR}/icons/hicolor)
      set(copies)
      foreach(pair 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x 256:256x256
                   512:256x256@2x 512:512x512)
        string(REPLACE ":" ";" pair ${pair})
        list(GET pair 0 px)
        list(GET pair 1 name)
        list(APPEND copies COMMAND ${CMAKE_COMMAND} -E copy ${hicolor}/${px}x${px}/${CLAWDESK_APP_ID}.png
             ${iconset}/icon_${name}.png)
      endforeach()
      set(icns ${CLAWDESK_PACKAGING_BINARY_DIR}/ClawDesk.icns)
      add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset} ${copies}
        COMMAND ${CLAWDESK_ICONUTIL} -c icns -o ${icns} ${iconset}
        DEPENDS ${CLAWDESK_PACKAGING_DIR}/icons/${CLAWDESK_APP_ID}.svg
        COMMENT "Generating ClawDesk.icns")
      set_source_files_properties(${icns} TARGET_DIRECTORY clawdesk PROPERTIES GENERATED TRUE)
    endif()
    target_sources(clawdesk PRIVATE ${icns})
    set_source_files_properties(${icns} TARGET_DIRECTORY clawdesk PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(clawdesk PROPERTIES
      MACOSX_BUNDLE ON
      OUTPUT_NAME ${MACOSX_BUNDLE_EXECUTABLE_NAME}
      MACOSX_BUNDLE_INFO_PLIST ${CLAWDESK_PACKAGING_DIR}/macos/Info.plist.in
      MACOSX_BUNDLE_BUNDLE_NAME ${MACOSX_BUNDLE_BUNDLE_NAME}
      MACOSX_BUNDLE_GUI_IDENTIFIER ${MACOSX_BUNDLE_GUI_IDENTIFIER}
      MACOSX_BUNDLE_ICON_FILE ${MACOSX_BUNDLE_ICON_FILE}
      MACOSX_BUNDLE_SHORT_VERSION_STRING ${MACOSX_BUNDLE_SHORT_VERSION_STRING}
      MACOSX_BUNDLE_BUNDLE_VERSION ${MACOSX_BUNDLE_BUNDLE_VERSION}
      MACOSX_BUNDLE_INFO_STRING ${MACOSX_BUNDLE_INFO_STRING}
      MACOSX_BUNDLE_COPYRIGHT ${MACOSX_BUNDLE_COPYRIGHT}
      XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${CLAWDESK_APP_ID})
  elseif(WIN32)
    target_sources(clawdesk PRIVATE ${CLAWDESK_PACKAGING_BINARY_DIR}/clawdesk.rc)
  endif()

  install(TARGETS clawdesk
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

  # macOS and Windows carry their own Qt: macdeployqt / windeployqt through Qt's deploy script.
  if((APPLE OR WIN32) AND COMMAND qt_generate_deploy_qml_app_script)
    qt_generate_deploy_qml_app_script(TARGET clawdesk OUTPUT_SCRIPT clawdesk_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${clawdesk_deploy_script})
  endif()
endif()

# ---------------------------------------------------------------------------------------------
# Linux desktop integration, FHS places under the prefix.
if(UNIX AND NOT APPLE)
  set(icons ${CLAWDESK_PACKAGING_DIR}/icons)
  install(FILES ${CLAWDESK_PACKAGING_DIR}/linux/${CLAWDESK_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CLAWDESK_PACKAGING_BINARY_DIR}/${CLAWDESK_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  # The tray-started variant: the app's "start at login" switch copies it to ~/.config/autostart.
  install(FILES ${CLAWDESK_PACKAGING_DIR}/linux/${CLAWDESK_APP_ID}-autostart.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/clawdesk/autostart RENAME ${CLAWDESK_APP_ID}.desktop)
  install(FILES ${icons}/${CLAWDESK_APP_ID}.svg ${icons}/tray/${CLAWDESK_APP_ID}-tray-dark.svg
                ${icons}/tray/${CLAWDESK_APP_ID}-tray-light.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  file(GLOB icon_sizes RELATIVE ${icons}/hicolor ${icons}/hicolor/*x*)
  foreach(size IN LISTS icon_sizes)
    file(GLOB pngs ${icons}/hicolor/${size}/*.png)
    install(FILES ${pngs} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}/apps)
  endforeach()

  # systemd user unit. Written at install time, straight into the destination, so that ExecStart
  # names the prefix really used (`cmake --install --prefix …`, or /usr inside the .deb: see
  # CPACK_SET_DESTDIR in packaging/CPackProjectConfig.cmake) and concurrent installs do not share a file.
  install(CODE "
    set(CMAKE_INSTALL_FULL_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    set(CMAKE_INSTALL_FULL_DOCDIR \"\${CMAKE_INSTALL_PREFIX}/${CLAWDESK_INSTALL_DOCDIR}\")
    set(unit \"\${CMAKE_INSTALL_PREFIX}/lib/systemd/user/clawdesk-gateway.service\")
    message(STATUS \"Installing: \$ENV{DESTDIR}\${unit}\")
    configure_file(\"${CLAWDESK_PACKAGING_DIR}/linux/clawdesk-gateway.service.in\"
                   \"\$ENV{DESTDIR}\${unit}\" @ONLY)
    list(APPEND CMAKE_INSTALL_MANIFEST_FILES \"\${unit}\")")
  install(FILES ${CLAWDESK_PACKAGING_BINARY_DIR}/copyright DESTINATION ${CLAWDESK_INSTALL_DOCDIR})
endif()
if(NOT APPLE) # the .dmg holds only ClawDesk.app
  install(FILES ${PROJECT_SOURCE_DIR}/README.md ${CLAWDESK_PACKAGING_DIR}/LICENSE.txt
          DESTINATION ${CLAWDESK_INSTALL_DOCDIR})
endif()

# ---------------------------------------------------------------------------------------------
# CPack.
set(CPACK_PACKAGE_NAME clawdesk)
set(CPACK_PACKAGE_VENDOR "The ClawDesk developers")
set(CPACK_PACKAGE_CONTACT ${CLAWDESK_PACKAGE_CONTACT})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "ClawDesk edits OpenClaw's openclaw.json without losing comments or \
formatting, picks models and fallbacks with OpenClaw's rules, and serves one local gateway \
(Anthropic Messages and OpenAI APIs) for AI coding tools. One binary: desktop app with tray, \
command line (clawdesk models …) and headless gateway (clawdesk gateway run, also as a systemd \
user service).")
set(CPACK_PACKAGE_HOMEPAGE_URL ${CLAWDESK_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY ClawDesk)
set(CPACK_RESOURCE_FILE_LICENSE ${CLAWDESK_PACKAGING_DIR}/LICENSE.txt)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PROJECT_CONFIG_FILE ${CLAWDESK_PACKAGING_DIR}/CPackProjectConfig.cmake)

# One generator list per host system; CPACK_GENERATOR is this host's.
set(CPACK_CLAWDESK_GENERATORS_Linux DEB)
set(CPACK_CLAWDESK_GENERATORS_Darwin DragNDrop)
set(CPACK_CLAWDESK_GENERATORS_Windows NSIS ZIP)
set(CPACK_GENERATOR ${CPACK_CLAWDESK_GENERATORS_${CMAKE_SYSTEM_NAME}})
if(NOT CPACK_GENERATOR)
  set(CPACK_GENERATOR TGZ)
endif()

# Debian (bookworm): shared libraries from dpkg-shlibdeps, plus what it cannot see: the QML
# modules the window loads at run time and Qt's SQLite driver (usage ledger, OpenClaw 2026.9.6's
# credential store). Each QML module is listed: they do not pull each other in through apt, and the
# window fails to load with any one of them missing.
set(CPACK_DEBIAN_PACKAGE_NAME clawdesk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(clawdesk_deb_depends libqt6sql6-sqlite)
if(TARGET clawdesk_app)
  list(APPEND clawdesk_deb_depends
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qtqml-workerscript libqt6svg6)
endif()
list(JOIN clawdesk_deb_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, fonts-noto-core, fonts-noto-cjk") # Devanagari, Thai, CJK UI text
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "systemd")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# macOS DragNDrop: ClawDesk.app next to an /Applications link.
set(CPACK_DMG_VOLUME_NAME ClawDesk)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_CLAWDESK_BUNDLE_IDENTIFIER ${CLAWDESK_APP_ID})
set(CPACK_CLAWDESK_INFO_PLIST ${CLAWDESK_PACKAGING_BINARY_DIR}/Info.plist)
set(CPACK_CLAWDESK_ICNS ${CLAWDESK_PACKAGING_DIR}/macos/ClawDesk.icns)

# Windows NSIS: icon, start-menu entry, desktop link, uninstaller, PATH for the CLI.
set(CPACK_NSIS_PACKAGE_NAME ClawDesk)
set(CPACK_NSIS_DISPLAY_NAME "ClawDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${CLAWDESK_WINDOWS_ICON})
set(CPACK_NSIS_MUI_UNIICON ${CLAWDESK_WINDOWS_ICON})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\clawdesk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_PACKAGE_EXECUTABLES clawdesk ClawDesk)
set(CPACK_CREATE_DESKTOP_LINKS clawdesk)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN clawdesk.exe)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall ClawDesk")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_URL_INFO_ABOUT ${CLAWDESK_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${CLAWDESK_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT ${CLAWDESK_PACKAGE_CONTACT})

# Source tarball: the checkout without build trees, dependencies and VCS data.
string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" clawdesk_source_regex "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME clawdesk-${PROJECT_VERSION})
set(CPACK_SOURCE_IGNORE_FILES
  "^${clawdesk_source_regex}/build[^/]*/"
  "^${clawdesk_source_regex}/bench/results/"
  "/node_modules/"
  "/\\.git/"
  "/\\.cache/"
  "\\.user$"
  "/compile_commands\\.json$"
  "~$")

include(CPack)

# The packaging test (tests/packaging), unless tests/CMakeLists.txt already added it.
if(CLAWDESK_BUILD_TESTS AND NOT TARGET tst_packaging
   AND EXISTS ${PROJECT_SOURCE_DIR}/tests/packaging/CMakeLists.txt)
  add_subdirectory(${PROJECT_SOURCE_DIR}/tests/packaging ${PROJECT_BINARY_DIR}/tests/packaging)
endif()
