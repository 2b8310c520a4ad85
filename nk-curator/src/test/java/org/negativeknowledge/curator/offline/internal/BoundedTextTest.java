package org.negativeknowledge.curator.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedTextTest {

  @Test
  void quotingShortensAbsolutePathsToTheirLastFolderAndFile() {
    assertThat(BoundedText.quote("[save] history -> /home/someone/projects/study/runs/S2/round3/history.npz", 200))
        .isEqualTo("[save] history -> round3/history.npz");
    assertThat(BoundedText.quote("open('C:\\data\\raw\\x.csv') failed", 200)).isEqualTo("open('raw/x.csv') failed");
  }

  @Test
  void quotingLeavesRelativePathsRatiosAndScoresAlone() {
    String text = "(0, '8 / 14') wrote pred_results/out.csv at 3 km/s, N/A";
    assertThat(BoundedText.quote(text, 200)).isEqualTo(text);
  }

  @Test
  void quotingClipsAfterShortening() {
    String q = BoundedText.quote("saved to /very/long/folder/chain/that/goes/on/and/on/final/result.csv and more words here", 40);
    assertThat(q).startsWith("saved to final/result.csv").hasSizeLessThanOrEqualTo(40);
  }
}
