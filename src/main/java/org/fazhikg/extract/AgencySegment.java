package org.fazhikg.extract;

import org.fazhikg.extract.AgencyVocabulary.Head;

/** A head found while reading a body's name, with the modifier text before it and where the head ends. */
record AgencySegment(String modifier, Head head, int end) {}
