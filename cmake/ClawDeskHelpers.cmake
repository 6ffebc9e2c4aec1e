# clawdesk_add_test(<name> SOURCES <files…> LIBS <targets…> [LABELS <labels…>] [TIMEOUT <s>])
# One executable per test, run through CTest offscreen with a fixed locale so output is stable.
function(clawdesk_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  qt_add_executable(${name} ${T_SOURCES})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_compile_definitions(${name} PRIVATE
    TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}/tests")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;${T_ENV}"
    LABELS "${T_LABELS}"
    TIMEOUT ${T_TIMEOUT})
  # The config engine, JSON5, HTTP, protocol and gateway tests also run under ASan+UBSan (target
  # `sanitizer_tests`); not the ones that need the whole app or only repeat others at length.
  if(T_LABELS MATCHES "core|json5|http|protocol|gateway" AND NOT name MATCHES "tst_gatewaycli|tst_gatewaysoak")
    set_property(GLOBAL APPEND PROPERTY CLAWDESK_SANITIZER_TESTS ${name})
  endif()
endfunction()
