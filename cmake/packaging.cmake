# SPDX-License-Identifier: MIT
# Installing rnnlab on a lab's machines: `cpack -G DEB` in the build folder makes
# rnnlab_<version>_<arch>.deb, which installs into /usr: the two programs, their man pages, the
# desktop entry, the icons (SVG and PNG), the AppStream metadata, the .rnnlab MIME type (so a file
# manager opens sessions in rnnlab), the example sessions, and Debian's copyright and changelog
# (resources/CMakeLists.txt). Depends is computed by dpkg-shlibdeps from the libraries the programs
# link, plus what they load at run time, so `apt-get install ./rnnlab_*.deb` pulls in Debian 12's
# packages. scripts/check-package runs lintian on the result.
include(GNUInstallDirs)

# The project's public identity, in one place: the maintainer (the Maintainer field, the changelog,
# the copyright file) and the homepage (the Homepage field, the AppStream metadata and its
# screenshots, whose id is the homepage's domain reversed).
set(RNNLAB_MAINTAINER "rnnlab maintainers <maintainers@users.noreply.r-seed-d12a0685.example>"
    CACHE STRING "The package's maintainer, \"Name <address>\"")
set(RNNLAB_HOMEPAGE "https://example.invalid/rnnlab" CACHE STRING
    "The project's homepage (https://host/path); the AppStream screenshots are under <homepage>/screenshots/")
if(NOT RNNLAB_HOMEPAGE MATCHES "^https://([^/]+)")
    message(FATAL_ERROR "RNNLAB_HOMEPAGE must be an https:// address, not \"${RNNLAB_HOMEPAGE}\"")
endif()
string(REPLACE "." ";" domain "${CMAKE_MATCH_1}")
list(REVERSE domain)
list(JOIN domain "." RNNLAB_APP_ID)
string(REPLACE "-" "_" RNNLAB_APP_ID "${RNNLAB_APP_ID}.rnnlab")

add_subdirectory(${PROJECT_SOURCE_DIR}/resources ${PROJECT_BINARY_DIR}/resources)

set(CPACK_PACKAGE_NAME rnnlab)
set(CPACK_PACKAGE_VENDOR "The rnnlab maintainers")
set(CPACK_PACKAGE_CONTACT "${RNNLAB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RNNLAB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "recurrent neural networks, shown at work")
# The extended description, as Debian formats it: lines of at most 80 characters.
# (CPack puts the summary above it as the synopsis line.)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "rnnlab teaches recurrent neural networks (RNN, LSTM, GRU) by showing them at
work: type a text, and it trains a small network to predict the next character
while the unfolded graph, the weight matrices, the gates and the loss stay in
view. Every number it shows is the one PyTorch 1.13 computes for the same
model.
.
It includes a lesson for the classroom, a presentation mode, a walk through one
time step by hand, compare mode, and the PyTorch script of any model.
rnnlab-cli trains, compares and converts sessions without the window.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${RNNLAB_HOMEPAGE}")
# The libraries the programs link (Qt, QCustomPlot, libstdc++, zlib, …): dpkg-shlibdeps reads them
# from the binaries and names Debian's packages with their minimal versions.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What no binary links but rnnlab loads or draws with at run time: the platform plugins (X11,
# Wayland) and the fonts that carry the labels (₀…₉, arrows and math symbols). (Debian 12 ships
# Qt's SVG icon and image plugins in libqt6svg6, which rnnlab links.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-color-emoji, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3-torch")
set(CPACK_GENERATOR DEB)
include(CPack)
