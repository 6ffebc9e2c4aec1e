# Per-generator CPack settings (CPACK_PROJECT_CONFIG_FILE), read by cpack for each generator.

if(CPACK_GENERATOR STREQUAL "DEB")
  # Install with DESTDIR so that install-time code sees the real prefix (/usr): the systemd unit's
  # ExecStart is written from CMAKE_INSTALL_PREFIX.
  set(CPACK_SET_DESTDIR ON)
  set(CPACK_INSTALL_PREFIX /usr)
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
  # Volume icon of the .dmg.
  set(CPACK_PACKAGE_ICON "${CPACK_CLAWDESK_ICNS}")
endif()
