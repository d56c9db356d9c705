package im.parley.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.CallEnd;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class IncomingCallViewModelTest {
    private final List<String> answers = new ArrayList<>();
    private final CompletableFuture<CallEnd> ended = new CompletableFuture<>();

    private IncomingCallViewModel ringing(boolean video) {
        return new IncomingCallViewModel("Bob", video, false, ended, new IncomingCallViewModel.Answers() {
            @Override
            public void answer(boolean withVideo) {
                answers.add(withVideo ? "video" : "voice");
            }

            @Override
            public void decline() {
                answers.add("decline");
            }
        }, Runnable::run);
    }

    @Test
    void answeringStopsTheRing() {
        IncomingCallViewModel model = ringing(true);
        assertThat(model.headline()).isEqualTo("Video call from Bob");
        assertThat(model.ringingProperty().get()).isTrue();
        model.answerWithVideo();
        assertThat(model.ringingProperty().get()).isFalse();
        assertThat(answers).containsExactly("video");
    }

    @Test
    void decliningStopsTheRing() {
        IncomingCallViewModel model = ringing(false);
        assertThat(model.headline()).isEqualTo("Bob is calling");
        model.decline();
        assertThat(model.ringingProperty().get()).isFalse();
        assertThat(answers).containsExactly("decline");
    }

    @Test
    void anotherDeviceAnsweringStopsTheRingHere() {
        IncomingCallViewModel model = ringing(false);
        ended.complete(new CallEnd(Condition.CANCEL, false, "answered on another device"));
        assertThat(model.ringingProperty().get()).isFalse();
        assertThat(answers).isEmpty();
    }
}
