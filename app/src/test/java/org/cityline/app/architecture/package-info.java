/** The architecture of DESIGN.md, kept as ArchUnit tests over every module's main classes. */
package org.cityline.app.architecture;
