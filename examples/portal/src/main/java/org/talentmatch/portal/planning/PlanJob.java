package org.talentmatch.portal.planning;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.session.PlanningSession;

/**
 * One live planning session and the clients listening to it. The session's listener runs on a
 * solver thread and requests on web threads, so the state is guarded by this object.
 */
final class PlanJob {
  private final String id;
  private final PlanningSession session;
  private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
  private Progress progress = Progress.starting();
  /** Changes applied so far: a finished run counts only if none arrived while it was awaited. */
  private long changes;
  private boolean watched;

  PlanJob(String id, PlanningSession session) {
    this.id = id;
    this.session = session;
  }

  String id() {
    return id;
  }

  PlanningSession session() {
    return session;
  }

  synchronized Progress progress() {
    return progress;
  }

  void onProgress(PlanProgress update) {
    Progress now;
    synchronized (this) {
      if (progress.status() != PlanStatus.SOLVING) {
        return;
      }
      progress = Progress.of(PlanStatus.SOLVING, update);
      now = progress;
    }
    broadcast(now, false);
  }

  /** Counts a change and returns whether a watcher must be started (none is waiting for the run). */
  synchronized boolean changed() {
    changes++;
    progress = progress.withStatus(PlanStatus.SOLVING);
    boolean start = !watched;
    watched = true;
    return start;
  }

  synchronized long changes() {
    return changes;
  }

  /** Ends the run awaited since {@code changesSeen}, unless a change came in meanwhile; returns whether it ended. */
  boolean finish(long changesSeen, PlanStatus status) {
    Progress now;
    synchronized (this) {
      if (changes != changesSeen && status == PlanStatus.SOLVED) {
        return false;
      }
      watched = false;
      progress = progress.withStatus(status);
      now = progress;
    }
    broadcast(now, true);
    return true;
  }

  /** Registers an event stream: it gets the current state at once, and is completed when the run ends. */
  void listen(SseEmitter emitter) {
    Progress now = progress();
    listeners.add(emitter);
    emitter.onCompletion(() -> listeners.remove(emitter));
    emitter.onTimeout(() -> listeners.remove(emitter));
    emitter.onError(error -> listeners.remove(emitter));
    send(emitter, now, now.status() != PlanStatus.SOLVING);
  }

  private void broadcast(Progress now, boolean last) {
    listeners.forEach(emitter -> send(emitter, now, last));
  }

  private void send(SseEmitter emitter, Progress now, boolean last) {
    try {
      synchronized (emitter) {
        emitter.send(SseEmitter.event().name("progress").data(now));
        if (last) {
          emitter.complete();
          listeners.remove(emitter);
        }
      }
    } catch (IOException | IllegalStateException gone) {
      // The client went away; its stream is done.
      listeners.remove(emitter);
    }
  }
}
