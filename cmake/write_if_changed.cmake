# hearth_write_if_changed(path text): writes `text` to `path` only when it differs from what is there,
# so a re-configure that produces the same file rebuilds nothing.
function(hearth_write_if_changed path text)
  set(old "")
  if(EXISTS "${path}")
    file(READ "${path}" old)
  endif()
  if(NOT old STREQUAL text)
    file(WRITE "${path}" "${text}")
  endif()
endfunction()
