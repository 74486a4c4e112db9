// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Placement;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.source.Capture;
import id.bingkai.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visitor's flow without a screen: same-thread executors, a clock moved by hand, the engine's session wipe. */
class VisitorFlowTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    private TestClock clock;
    private TestSource source;
    private FakeDelivery delivery;
    private KioskCounters counters;
    private Path photo;

    @BeforeEach
    void setUp() throws Exception {
        clock = new TestClock();
        photo = TestPhotos.jpeg(dir, "foto.jpg", 800, 600);
        source = new TestSource(photo);
        counters = new KioskCounters();
        delivery = new FakeDelivery(dir, counters);
    }

    private VisitorFlow flow(FlowSettings settings) {
        return new VisitorFlow(settings, KioskRig.PACK, KioskRig.PACK.frames(), PhotoInput.of(PhotoInput.Kind.REPLAY,
                source), delivery, KioskRig.RENDERS, NOW, NOW, clock, new KioskStatus(clock, counters));
    }

    @Test
    void aVisitorGoesFromAttractToThanksAndTheResultIsWipedAfterwards() throws Exception {
        VisitorFlow flow = flow(FlowSettings.DEFAULT);
        flow.begin();
        assertThat(flow.screen()).isEqualTo(Screen.FRAMES);
        flow.chooseFrame(flow.frames().get(1));
        assertThat(flow.screen()).isEqualTo(Screen.PHOTO);
        flow.takePhoto();
        assertThat(flow.shutter().countProperty().get()).isEqualTo(3);
        clock.advance(Duration.ofSeconds(3));
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ADJUST);
        assertThat(flow.previewProperty().get()).isNotNull();
        flow.adjust().zoomIn();
        flow.adjust().turn();
        assertThat(flow.adjust().document().primaryPhoto().orElseThrow().placement().rotation()).isEqualTo(90);
        flow.accept();
        assertThat(flow.screen()).isEqualTo(Screen.HANDOFF);
        Path result = flow.handoff().result().orElseThrow();
        assertThat(result).isRegularFile().startsWith(delivery.workFolder());
        assertThat(flow.handoff().linkProperty().get()).isEqualTo(FakeDelivery.LINK);
        flow.finish();
        assertThat(flow.screen()).isEqualTo(Screen.THANKS);
        clock.advance(FlowSettings.DEFAULT.thanks());
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(result).doesNotExist();
        assertThat(photo).exists(); // a replayed file is not the visitor's: it stays
        assertThat(counters.snapshot().visitors()).isEqualTo(1);
    }

    @Test
    void aDesignTheGuidelineBlocksIsNotWrittenAndTheVisitorIsToldWhatToChange() throws Exception {
        VisitorFlow flow = flow(FlowSettings.DEFAULT);
        flow.begin();
        flow.chooseFrame(flow.frames().getFirst());
        flow.takePhoto();
        clock.advance(Duration.ofSeconds(3));
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ADJUST);
        // the adjust screen's own edits keep the place filled (AdjustModelTest); a design that does not — as a
        // future edit or a bug could make — must still be stopped where the result is written
        Document doc = flow.adjust().document();
        flow.adjust().start(doc.withPlacement(doc.frame().primarySlot().id(), new Placement(0.2, 0, 0.6, 0, false)));
        flow.accept();
        assertThat(flow.screen()).as("the guideline blocks it, as the editor's export would").isEqualTo(Screen.ADJUST);
        assertThat(flow.busyProperty().get()).isFalse();
        assertThat(flow.blockedProperty().get()).isNotNull();
        assertThat(flow.blockedProperty().get().key()).isEqualTo("guideline.photo-coverage.gap");
        assertThat(flow.handoff().result()).isEmpty();
        try (var written = Files.walk(delivery.workFolder())) {
            assertThat(written.filter(f -> f.getFileName().toString().startsWith("hasil")))
                    .as("no result written for a blocked design").isEmpty();
        }

        flow.adjust().reset();
        assertThat(flow.blockedProperty().get()).as("changing the photo takes the message away").isNull();
        flow.accept();
        assertThat(flow.screen()).isEqualTo(Screen.HANDOFF);
        assertThat(flow.handoff().result().orElseThrow()).isRegularFile();
    }

    @Test
    void everyScreenLeftAloneReturnsToAttractAfterItsCountdown() {
        VisitorFlow flow = flow(FlowSettings.DEFAULT);
        flow.begin();
        clock.advance(FlowSettings.DEFAULT.screenIdle().minus(FlowSettings.DEFAULT.countdown()).minusSeconds(1));
        flow.tick();
        assertThat(flow.countdownShownProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        flow.tick();
        assertThat(flow.countdownShownProperty().get()).isTrue();
        assertThat(flow.secondsLeftProperty().get()).isEqualTo(9);
        flow.activity();
        assertThat(flow.countdownShownProperty().get()).isFalse();
        clock.advance(FlowSettings.DEFAULT.screenIdle());
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(source.started()).isFalse();
    }

    @Test
    void theHandOffScreenWaitsLongerAndThenWipes() {
        VisitorFlow flow = flow(FlowSettings.DEFAULT);
        flow.begin();
        flow.chooseFrame(flow.frames().getFirst());
        flow.takePhoto();
        clock.advance(Duration.ofSeconds(3));
        flow.tick();
        flow.accept();
        Path result = flow.handoff().result().orElseThrow();
        clock.advance(FlowSettings.DEFAULT.screenIdle());
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.HANDOFF);
        clock.advance(FlowSettings.DEFAULT.handoffIdle());
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(result).doesNotExist();
        assertThat(flow.handoff().linkProperty().get()).isNull();
    }

    @Test
    void photographerModeFramesEachNewPhotoWithTheFirstFrameAndGoesStraightToTheHandOff() throws Exception {
        VisitorFlow flow = flow(FlowSettings.DEFAULT.withAuto(true));
        flow.start();
        assertThat(source.started()).isTrue();
        Path original = Files.copy(photo, dir.resolve("DSC_0001.jpg"));
        source.push(new Capture(original, java.util.List.of(original)));
        assertThat(flow.screen()).isEqualTo(Screen.HANDOFF);
        assertThat(flow.adjust().document().frame()).isEqualTo(flow.frames().getFirst());
        Path next = Files.copy(photo, dir.resolve("DSC_0002.jpg"));
        source.push(new Capture(next, java.util.List.of(next)));
        assertThat(original).as("the previous visitor's original goes with their visit").doesNotExist();
        assertThat(flow.screen()).isEqualTo(Screen.HANDOFF);
        flow.backToAttract();
        assertThat(next).doesNotExist();
        assertThat(source.started()).as("the hot folder is watched again").isTrue();
    }

    @Test
    void aCameraUnpluggedWhileWaitingShowsTheFaultScreenAndTellsTheAdminWhy() {
        VisitorFlow flow = flow(FlowSettings.DEFAULT);
        flow.begin();
        flow.chooseFrame(flow.frames().getFirst());
        KioskFault gone = KioskFault.of(KioskFault.Kind.CAMERA_UNPLUGGED,
                Msg.of("kiosk.fault.camera.unplugged.admin", "/dev/video0"));
        source.fault(gone);
        assertThat(flow.screen()).isEqualTo(Screen.FAULT);
        assertThat(flow.faultProperty().get()).isEqualTo(gone);
        assertThat(flow.status().faults()).extracting(KioskStatus.Report::fault).containsExactly(gone);
        clock.advance(FlowSettings.DEFAULT.screenIdle());
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void aPhotoThatDoesNotDecodeIsAFaultNotACrash() throws Exception {
        VisitorFlow flow = flow(FlowSettings.DEFAULT);
        flow.begin();
        flow.chooseFrame(flow.frames().getFirst());
        Path broken = Files.writeString(dir.resolve("rusak.jpg"), "not a jpeg");
        source.push(Capture.owned(broken));
        assertThat(flow.screen()).isEqualTo(Screen.FAULT);
        assertThat(flow.faultProperty().get().kind()).isEqualTo(KioskFault.Kind.PHOTO_UNUSABLE);
    }

    @Test
    void aPrinterThatIsNotReadyIsNotOfferedAndARefusedJobTakesTheButtonAway() {
        delivery.printerProblem = FakeDelivery.paused();
        VisitorFlow flow = flow(FlowSettings.DEFAULT);
        flow.begin();
        flow.chooseFrame(flow.frames().getFirst());
        flow.takePhoto();
        clock.advance(Duration.ofSeconds(3));
        flow.tick();
        flow.accept();
        assertThat(flow.handoff().printOfferedProperty().get()).isFalse();
        assertThat(flow.handoff().linkProperty().get()).isNotNull();
        assertThat(flow.status().faults()).isNotEmpty();
    }
}
