/** The administrative divisions of China (provinces, prefecture cities, county-level units) with codes, parents and short forms. */
package org.fazhikg.gazetteer;
