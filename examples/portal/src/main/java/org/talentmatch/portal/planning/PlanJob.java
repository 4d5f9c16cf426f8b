package org.talentmatch.portal.planning;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.session.PlanningSession;
import org.talentmatch.portal.ConflictException;

/**
 * One live planning session and the clients listening to it. Runs: the first, and one after each
 * change; a run ends when the session has finished every change applied before it. {@code CLOSED}
 * and {@code FAILED} are final: nothing moves a job out of them. The session's listener runs on a
 * solver thread and requests on web threads, so the state is guarded by this object; events are
 * sent outside the lock, from a snapshot.
 */
final class PlanJob {
  /** How awaiting a run ended. */
  enum RunEnd {
    /** The run is over: the job is {@code SOLVED}. */
    ENDED,
    /** A change arrived while awaiting: await again. */
    CHANGED,
    /** The job was closed or failed meanwhile. */
    FINAL
  }

  private final String id;
  private final PlanningSession session;
  private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
  private Progress progress = Progress.starting();
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

  synchronized long changes() {
    return changes;
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

  /**
   * Counts a change (or the first run) before it is applied, so that no run ends without it; returns
   * whether a watcher must be started (none is awaiting the session).
   *
   * @throws ConflictException if the job is closed or failed
   */
  synchronized boolean beginChange() {
    if (isFinal()) {
      throw new ConflictException("plan " + id + " is " + progress.status() + ": start a new plan");
    }
    changes++;
    progress = progress.withStatus(PlanStatus.SOLVING);
    boolean start = !watched;
    watched = true;
    return start;
  }

  /** Ends the run awaited since {@code changesSeen} unless a change arrived or the job ended meanwhile. */
  RunEnd endRun(long changesSeen) {
    Progress now;
    synchronized (this) {
      if (isFinal()) {
        watched = false;
        return RunEnd.FINAL;
      }
      if (changes != changesSeen) {
        return RunEnd.CHANGED;
      }
      watched = false;
      progress = progress.withStatus(PlanStatus.SOLVED);
      now = progress;
    }
    broadcast(now, true);
    return RunEnd.ENDED;
  }

  /** Moves the job to a final state; returns false if it was in one already. */
  boolean end(PlanStatus finalStatus) {
    Progress now;
    synchronized (this) {
      if (isFinal()) {
        return false;
      }
      progress = progress.withStatus(finalStatus);
      now = progress;
    }
    broadcast(now, true);
    return true;
  }

  /** Registers an event stream: it gets the current state at once, and is completed when the run ends. */
  void listen(SseEmitter emitter) {
    Progress now;
    synchronized (this) {
      now = progress;
      listeners.add(emitter);
    }
    emitter.onCompletion(() -> listeners.remove(emitter));
    emitter.onTimeout(() -> listeners.remove(emitter));
    emitter.onError(error -> listeners.remove(emitter));
    send(emitter, now, now.status() != PlanStatus.SOLVING);
  }

  private boolean isFinal() {
    return progress.status() == PlanStatus.CLOSED || progress.status() == PlanStatus.FAILED;
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
      // The client went away, or the stream was completed already: it is done either way.
      listeners.remove(emitter);
    }
  }
}
