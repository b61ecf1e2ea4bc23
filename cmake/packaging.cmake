# SPDX-License-Identifier: MIT
# Installing rnnlab on a lab's machines: `cpack -G DEB` in the build folder makes
# rnnlab_<version>_<arch>.deb, which installs into /usr: the two programs, the desktop entry and
# its SVG icon, the .rnnlab MIME type (so a file manager opens sessions in rnnlab) and the example
# sessions. Depends names Debian 12's packages, so `apt-get install ./rnnlab_*.deb` pulls them in.
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/resources/rnnlab.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/rnnlab.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/rnnlab-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME rnnlab.xml)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/examples/ DESTINATION ${CMAKE_INSTALL_DATADIR}/rnnlab/examples)

set(CPACK_PACKAGE_NAME rnnlab)
set(CPACK_PACKAGE_VENDOR "rnnlab")
set(CPACK_PACKAGE_CONTACT "rnnlab maintainers <maintainers@users.noreply.r-seed-d12a0685.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "rnnlab teaches recurrent neural networks (RNN, LSTM, GRU) by showing them at work: every number it shows is the one PyTorch 1.13 computes for the same model. Includes rnnlab-cli.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/rnnlab")
# Debian 12 (bookworm) names. The platform plugins draw the window on X11/Wayland (libqt6svg6
# brings the SVG icon plugin); the fonts carry the labels (₀…₉, arrows and math symbols).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6 (>= 2.34), libstdc++6 (>= 12), libgcc-s1, libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6svg6 (>= 6.4), libqt6printsupport6 (>= 6.4), libqcustomplot2.1-qt6, qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-color-emoji, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3-torch")
set(CPACK_GENERATOR DEB)
include(CPack)
