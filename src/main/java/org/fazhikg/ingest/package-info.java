/** Turns a folder of report files (.txt, .html, .htm, optional manifest.csv) into {@link org.fazhikg.Document}s, one file at a time. */
package org.fazhikg.ingest;
