// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.guideline.Finding;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.source.Capture;
import id.bingkai.kiosk.source.PhotoSource;
import java.awt.image.BufferedImage;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The visitor's way through the kiosk: attract → frame → photo → adjust → hand-off → thanks → attract, with an idle
 * timeout on every screen that wipes the visit. Lives on the FX thread; decoding, rendering and writing run on
 * {@code background} and come back through {@code ui}. A result from a visit that has since been wiped is dropped.
 */
public final class VisitorFlow {
    private final FlowSettings settings;
    private final FramePack pack;
    private final ObservableList<Frame> frames;
    private final PhotoInput input;
    private final Delivery delivery;
    private final Renders renders;
    private final Executor background;
    private final Executor ui;
    private final InstantSource clock;
    private final IdleTimer idle;
    private final Shutter shutter;
    private final Handoff handoff;
    private final KioskStatus status;
    private final AdjustModel adjust = new AdjustModel();
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.ATTRACT);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private final ReadOnlyBooleanWrapper countdownShown = new ReadOnlyBooleanWrapper(this, "countdownShown");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<BufferedImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<KioskFault> fault = new ReadOnlyObjectWrapper<>(this, "fault");
    private final ReadOnlyObjectWrapper<Msg> blocked = new ReadOnlyObjectWrapper<>(this, "blocked");
    private Frame frame;
    private Renders.Photo photo;
    private int visit;
    private long previewRequest;

    public VisitorFlow(FlowSettings settings, FramePack pack, List<Frame> offered, PhotoInput input, Delivery delivery,
            Renders renders, Executor background, Executor ui, InstantSource clock, KioskStatus status) {
        this.settings = Objects.requireNonNull(settings);
        this.pack = Objects.requireNonNull(pack);
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("a kiosk offers at least one frame");
        }
        this.frames = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(offered));
        this.input = Objects.requireNonNull(input);
        this.delivery = Objects.requireNonNull(delivery);
        this.renders = Objects.requireNonNull(renders);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        this.status = Objects.requireNonNull(status);
        this.idle = new IdleTimer(clock, settings.screenIdle());
        this.shutter = new Shutter(clock, settings.shutter());
        this.handoff = new Handoff(delivery, background, ui, status);
        adjust.documentProperty().addListener((obs, old, doc) -> {
            blocked.set(null);
            requestPreview(doc);
        });
    }

    /** Starts the feed in photographer mode (photos arrive at any time); otherwise the photo screen starts it. */
    public void start() {
        if (settings.auto()) {
            source().start(listener());
        }
    }

    private PhotoSource source() {
        return input.source();
    }

    // ---- what the screens show

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    /** Seconds before the current screen gives up. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** True in the last seconds, when the countdown is on screen. */
    public ReadOnlyBooleanProperty countdownShownProperty() {
        return countdownShown.getReadOnlyProperty();
    }

    /** Decoding, rendering or writing is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The adjust screen's picture: the document rendered by the core renderer at preview size. */
    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /**
     * Why "Lanjut" did not go on: the first blocking finding of the guideline (the photo leaves part of its place
     * empty, say), shown on the adjust screen until the visitor changes the photo; null otherwise.
     */
    public ReadOnlyObjectProperty<Msg> blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    /** What went wrong, while the fault screen shows. */
    public ReadOnlyObjectProperty<KioskFault> faultProperty() {
        return fault.getReadOnlyProperty();
    }

    public ObservableList<Frame> frames() {
        return frames;
    }

    public FramePack pack() {
        return pack;
    }

    public PhotoInput input() {
        return input;
    }

    public AdjustModel adjust() {
        return adjust;
    }

    public Shutter shutter() {
        return shutter;
    }

    public Handoff handoff() {
        return handoff;
    }

    public KioskStatus status() {
        return status;
    }

    public FlowSettings settings() {
        return settings;
    }

    // ---- what the visitor does

    /** Any touch on any screen: the idle countdown starts again. */
    public void activity() {
        idle.touch();
        refreshCountdown();
    }

    /** "Sentuh untuk mulai": with one frame on offer, straight to the photo. */
    public void begin() {
        if (screen.get() != Screen.ATTRACT) {
            return;
        }
        if (frames.size() == 1) {
            chooseFrame(frames.getFirst());
        } else {
            show(Screen.FRAMES);
        }
    }

    public void chooseFrame(Frame chosen) {
        if (!frames.contains(chosen)) {
            throw new IllegalArgumentException("frame not offered: " + chosen.id());
        }
        frame = chosen;
        toPhoto();
    }

    /** The big shutter button (webcam, replay): 3-2-1, then the feed takes the photo. */
    public void takePhoto() {
        if (screen.get() == Screen.PHOTO && !shutter.running()) {
            activity();
            if (!shutter.start()) {
                source().capture();
            }
        }
    }

    /** "Ulangi": another photo. */
    public void retake() {
        if (screen.get() == Screen.ADJUST) {
            adjust.clear();
            preview.set(null);
            photo = null;
            toPhoto();
        }
    }

    /** "Lanjut": the result is rendered, written and offered. */
    public void accept() {
        Document doc = adjust.document();
        if (screen.get() != Screen.ADJUST || doc == null || busy.get()) {
            return;
        }
        busy.set(true);
        blocked.set(null);
        handoff.prepare(doc, photo, renders, visit, this::handedOff, this::blockedBy, this::failed);
    }

    /** "Selesai". */
    public void finish() {
        if (screen.get() == Screen.HANDOFF) {
            show(Screen.THANKS);
        }
    }

    /** Leaves whatever screen for the attract loop, wiping the visit. */
    public void backToAttract() {
        source().stop();
        shutter.cancel();
        visit++;
        busy.set(false);
        adjust.clear();
        preview.set(null);
        photo = null;
        frame = null;
        fault.set(null);
        handoff.wipe();
        show(Screen.ATTRACT);
        if (settings.auto()) {
            source().start(listener());
        }
    }

    /** Called about every quarter second by the view (or a test): countdowns, shutter, timeouts. */
    public void tick() {
        if (shutter.running() && shutter.tick()) {
            source().capture();
        }
        status.refresh();
        if (screen.get().timesOut()) {
            refreshCountdown();
            if (idle.expired()) {
                backToAttract();
            }
        }
    }

    // ---- admin screens, entered and left through the admin gate

    void showAdmin(Screen adminScreen) {
        if (adminScreen != Screen.PIN && adminScreen != Screen.ADMIN) {
            throw new IllegalArgumentException(adminScreen.name());
        }
        source().stop();
        show(adminScreen);
    }

    // ---- internals

    private void toPhoto() {
        // Started before the screen is made: a phone source's upload address exists only once it runs.
        if (!settings.auto()) {
            source().start(listener());
        }
        show(Screen.PHOTO);
    }

    private PhotoSource.Listener listener() {
        int forVisit = visit;
        return new PhotoSource.Listener() {
            @Override
            public void photo(Capture capture) {
                ui.execute(() -> photoArrived(forVisit, capture));
            }

            @Override
            public void fault(KioskFault what) {
                ui.execute(() -> {
                    status.report(what);
                    if (forVisit == visit && (screen.get() == Screen.PHOTO || settings.auto())) {
                        failed(what);
                    }
                });
            }
        };
    }

    private void photoArrived(int forVisit, Capture capture) {
        if (settings.auto()) {
            if (screen.get() == Screen.PIN || screen.get() == Screen.ADMIN) {
                return;
            }
            if (screen.get() != Screen.ATTRACT) {
                backToAttract();
            }
                frame = frames.getFirst();
        } else if (forVisit != visit || screen.get() != Screen.PHOTO) {
            return;
        }
        if (!settings.auto()) {
            source().stop();
        }
        int current = visit;
        busy.set(true);
        background.execute(() -> {
            try {
                delivery.took(capture);
                Renders.Photo loaded = renders.load(capture.file());
                ui.execute(() -> photoLoaded(current, loaded));
            } catch (Exception e) {
                KioskFault fault = e instanceof RuntimeException re ? Faults.badPhoto(capture.file(), re)
                        : Faults.writing(capture.file(), e);
                ui.execute(() -> {
                    status.report(fault);
                    if (current == visit) {
                        failed(fault);
                    }
                });
            }
        });
    }

    private void photoLoaded(int forVisit, Renders.Photo loaded) {
        if (forVisit != visit) {
            return;
        }
        busy.set(false);
        photo = loaded;
        adjust.start(Document.of(pack, frame).withPhoto(loaded.ref()));
        show(Screen.ADJUST);
        if (settings.auto()) {
            accept();
        }
    }

    /** The guideline stopped the result (as it would stop the editor's export): stay, and say what to change. */
    private void blockedBy(List<Finding> findings) {
        busy.set(false);
        blocked.set(findings.getFirst().message());
    }

    private void handedOff(int forVisit) {
        if (forVisit == visit) {
            busy.set(false);
            show(Screen.HANDOFF);
        }
    }

    private void failed(KioskFault what) {
        busy.set(false);
        shutter.cancel();
        if (!settings.auto()) {
            source().stop();
        }
        fault.set(what);
        show(Screen.FAULT);
    }

    private void requestPreview(Document doc) {
        long request = ++previewRequest;
        Renders.Photo current = photo;
        if (doc == null || current == null) {
            return;
        }
        background.execute(() -> {
            try {
                BufferedImage image = renders.render(doc, current, PREVIEW_WIDTH);
                ui.execute(() -> {
                    if (request == previewRequest) {
                        preview.set(image);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> status.report(Faults.badPhoto(current.ref().path(), e)));
            }
        });
    }

    /** Wide enough for a portrait screen's preview, small enough to follow a finger. */
    static final int PREVIEW_WIDTH = 900;

    private void show(Screen next) {
        screen.set(next);
        idle.restart(settings.idleOf(next));
        refreshCountdown();
    }

    private void refreshCountdown() {
        int left = idle.secondsLeft();
        secondsLeft.set(left);
        countdownShown.set(screen.get().timesOut() && left <= settings.countdown().toSeconds());
    }
}
